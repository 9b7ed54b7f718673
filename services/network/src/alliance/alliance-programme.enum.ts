import { registerEnumType } from 'type-graphql';

export enum AllianceProgramme {
  GEMEINSAM_KLAPPTS = 'GEMEINSAM_KLAPPTS',
  KOMMUNALES_INTEGRATIONSMANAGEMENT = 'KOMMUNALES_INTEGRATIONSMANAGEMENT',
}

registerEnumType(AllianceProgramme, {
  name: 'AllianceProgramme',
  description: 'The state programme an alliance works under.',
  valuesConfig: {
    GEMEINSAM_KLAPPTS: { description: '"Gemeinsam klappt\'s" (2018 to 2022): young adult refugees aged 18 to 27.' },
    KOMMUNALES_INTEGRATIONSMANAGEMENT: {
      description: 'Kommunales Integrationsmanagement, the programme that continues it.',
    },
  },
});
