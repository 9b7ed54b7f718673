import { registerEnumType } from 'type-graphql';

export enum MunicipalityKind {
  KREIS = 'KREIS',
  KREISFREIE_STADT = 'KREISFREIE_STADT',
  KREISANGEHOERIGE_KOMMUNE = 'KREISANGEHOERIGE_KOMMUNE',
}

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  description: 'Kind of a municipality in NRW.',
  valuesConfig: {
    KREIS: { description: 'A Kreis (district); AGS of 5 digits. Its members are kreisangehörige Kommunen.' },
    KREISFREIE_STADT: { description: 'A kreisfreie Stadt (city outside any Kreis); AGS of 8 digits.' },
    KREISANGEHOERIGE_KOMMUNE: {
      description: 'A kreisangehörige Kommune (town belonging to a Kreis); AGS of 8 digits.',
    },
  },
});
