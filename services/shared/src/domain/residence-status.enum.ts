import { registerEnumType } from 'type-graphql';

/**
 * Residence status (Aufenthaltsstatus). Legal terms stay German. Shared so every subgraph publishes the identical enum.
 */
export enum ResidenceStatus {
  GESTATTUNG = 'GESTATTUNG',
  DULDUNG = 'DULDUNG',
  DULDUNG_60B = 'DULDUNG_60B',
  AUSBILDUNGSDULDUNG = 'AUSBILDUNGSDULDUNG',
  BESCHAEFTIGUNGSDULDUNG = 'BESCHAEFTIGUNGSDULDUNG',
  AE_16G = 'AE_16G',
  AE_25A = 'AE_25A',
  AE_104C = 'AE_104C',
  AE_OTHER = 'AE_OTHER',
}

registerEnumType(ResidenceStatus, {
  name: 'ResidenceStatus',
  description: 'Residence status of a person under German law.',
  valuesConfig: {
    GESTATTUNG: { description: 'Aufenthaltsgestattung (§55 AsylG): asylum procedure running.' },
    DULDUNG: { description: 'Duldung (§60a AufenthG): deportation suspended.' },
    DULDUNG_60B: { description: 'Duldung für Personen mit ungeklärter Identität (§60b AufenthG).' },
    AUSBILDUNGSDULDUNG: { description: 'Ausbildungsduldung (§60c AufenthG): Duldung for vocational training.' },
    BESCHAEFTIGUNGSDULDUNG: { description: 'Beschäftigungsduldung (§60d AufenthG): Duldung for employment.' },
    AE_16G: {
      description: 'Aufenthaltserlaubnis zur Berufsausbildung für ausreisepflichtige Ausländer (§16g AufenthG).',
    },
    AE_25A: {
      description: 'Aufenthaltserlaubnis bei gut integrierten Jugendlichen und jungen Volljährigen (§25a AufenthG).',
    },
    AE_104C: { description: 'Chancen-Aufenthaltsrecht (§104c AufenthG).' },
    AE_OTHER: { description: 'Another Aufenthaltserlaubnis or settlement permit.' },
  },
});
