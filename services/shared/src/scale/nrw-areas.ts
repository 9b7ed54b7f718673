/**
 * The 73 participating areas of the scale world: the 22 kreisfreie Städte of NRW, 26 Kreise, and 25
 * kreisangehörige Städte with an alliance of their own (like Rheine) in the five Kreise that do not
 * take part as a whole. Areas never overlap, so state-wide sums count every person once.
 * Kreis and kreisfreie Stadt codes are the real ones; the Rhein-Kreis Neuss Gemeinden and Rheine are
 * real; other Gemeinde codes are well-formed (Kreis code + three digits) where the real one is not known.
 */

export type ScaleAreaKind = 'KREIS' | 'KREISFREIE_STADT' | 'KREISANGEHOERIGE_KOMMUNE';

export interface ScaleMunicipality {
  ags: string;
  name: string;
  kind: ScaleAreaKind;
  parentAgs: string | null;
}

export interface ScaleArea {
  /** 5 digits for a Kreis, 8 for a Stadt; the alliance's lead AGS and the core group's scope. */
  ags: string;
  name: string;
  kind: ScaleAreaKind;
  /** The Kreis a kreisangehörige Stadt belongs to (not itself an area). */
  parentAgs: string | null;
  /** Where its persons live (8-digit AGS): the Kreis's Gemeinden, or the Stadt itself. */
  gemeinden: { ags: string; name: string }[];
  /** Relative share of the state's target group. */
  weight: number;
}

const KREISFREIE: [string, string, number][] = [
  ['05315', 'Köln', 7],
  ['05111', 'Düsseldorf', 4.5],
  ['05913', 'Dortmund', 4.5],
  ['05113', 'Essen', 4.5],
  ['05112', 'Duisburg', 4.5],
  ['05911', 'Bochum', 2.8],
  ['05124', 'Wuppertal', 2.8],
  ['05711', 'Bielefeld', 2.8],
  ['05314', 'Bonn', 2.6],
  ['05515', 'Münster', 2.2],
  ['05513', 'Gelsenkirchen', 2.4],
  ['05116', 'Mönchengladbach', 2.2],
  ['05114', 'Krefeld', 1.8],
  ['05119', 'Oberhausen', 1.6],
  ['05914', 'Hagen', 1.6],
  ['05915', 'Hamm', 1.4],
  ['05916', 'Herne', 1.2],
  ['05117', 'Mülheim an der Ruhr', 1.2],
  ['05316', 'Leverkusen', 1.2],
  ['05122', 'Solingen', 1.2],
  ['05512', 'Bottrop', 0.9],
  ['05120', 'Remscheid', 0.8],
];

const KREISE: [string, string, number][] = [
  ['05162', 'Rhein-Kreis Neuss', 3],
  ['05154', 'Kreis Kleve', 2.2],
  ['05166', 'Kreis Viersen', 2],
  ['05170', 'Kreis Wesel', 3],
  ['05334', 'Städteregion Aachen', 4],
  ['05358', 'Kreis Düren', 2],
  ['05362', 'Rhein-Erft-Kreis', 3.4],
  ['05366', 'Kreis Euskirchen', 1.3],
  ['05370', 'Kreis Heinsberg', 1.7],
  ['05374', 'Oberbergischer Kreis', 1.9],
  ['05378', 'Rheinisch-Bergischer Kreis', 1.9],
  ['05382', 'Rhein-Sieg-Kreis', 4],
  ['05554', 'Kreis Borken', 2.4],
  ['05558', 'Kreis Coesfeld', 1.4],
  ['05570', 'Kreis Warendorf', 1.9],
  ['05758', 'Kreis Herford', 1.7],
  ['05762', 'Kreis Höxter', 0.9],
  ['05766', 'Kreis Lippe', 2.3],
  ['05770', 'Kreis Minden-Lübbecke', 2.1],
  ['05774', 'Kreis Paderborn', 2.1],
  ['05954', 'Ennepe-Ruhr-Kreis', 2.1],
  ['05958', 'Hochsauerlandkreis', 1.7],
  ['05966', 'Kreis Olpe', 0.9],
  ['05970', 'Kreis Siegen-Wittgenstein', 1.8],
  ['05974', 'Kreis Soest', 2.1],
  ['05978', 'Kreis Unna', 2.8],
];

/** Kreise that do not take part as a whole; some of their towns do. */
const PARENT_KREISE: [string, string][] = [
  ['05566', 'Kreis Steinfurt'],
  ['05562', 'Kreis Recklinghausen'],
  ['05158', 'Kreis Mettmann'],
  ['05754', 'Kreis Gütersloh'],
  ['05962', 'Märkischer Kreis'],
];

const KREISANGEHOERIGE: [string, string, number][] = [
  ['05566076', 'Rheine', 0.6],
  ['05566040', 'Ibbenbüren', 0.5],
  ['05566028', 'Greven', 0.35],
  ['05566012', 'Emsdetten', 0.35],
  ['05566084', 'Steinfurt', 0.3],
  ['05562032', 'Recklinghausen', 1.1],
  ['05562024', 'Marl', 0.8],
  ['05562012', 'Dorsten', 0.7],
  ['05562014', 'Gladbeck', 0.7],
  ['05562004', 'Castrop-Rauxel', 0.7],
  ['05158028', 'Ratingen', 0.8],
  ['05158032', 'Velbert', 0.8],
  ['05158016', 'Hilden', 0.5],
  ['05158020', 'Langenfeld (Rhld.)', 0.5],
  ['05158008', 'Erkrath', 0.4],
  ['05754008', 'Gütersloh', 0.9],
  ['05754028', 'Rheda-Wiedenbrück', 0.45],
  ['05754044', 'Verl', 0.25],
  ['05754012', 'Harsewinkel', 0.25],
  ['05754016', 'Halle (Westf.)', 0.2],
  ['05962024', 'Iserlohn', 0.8],
  ['05962032', 'Lüdenscheid', 0.7],
  ['05962040', 'Menden (Sauerland)', 0.5],
  ['05962016', 'Hemer', 0.35],
  ['05962052', 'Plettenberg', 0.25],
];

/** The real Gemeinden of the Rhein-Kreis Neuss (the demo's Kreis). */
const RHEIN_KREIS_NEUSS: [string, string][] = [
  ['05162004', 'Dormagen'],
  ['05162008', 'Grevenbroich'],
  ['05162012', 'Jüchen'],
  ['05162016', 'Kaarst'],
  ['05162020', 'Korschenbroich'],
  ['05162022', 'Meerbusch'],
  ['05162024', 'Neuss'],
  ['05162028', 'Rommerskirchen'],
];

function gemeindenOf(kreis: string, name: string): { ags: string; name: string }[] {
  if (kreis === '05162') return RHEIN_KREIS_NEUSS.map(([ags, n]) => ({ ags, name: n }));
  // A stable count of 6 to 11 Gemeinden per Kreis, derived from its code.
  const count = 6 + (Number(kreis.slice(2)) % 6);
  return Array.from({ length: count }, (_, i) => ({
    ags: `${kreis}${String(4 * (i + 1)).padStart(3, '0')}`,
    name: `Kommune ${i + 1} im ${name}`,
  }));
}

/** Rheine and the Rhein-Kreis Neuss first, so that a small custom scale of a few areas still holds the demo's places. */
export const NRW_AREAS: readonly ScaleArea[] = [
  ...KREISANGEHOERIGE.filter(([ags]) => ags === '05566076').map(([ags, name, weight]) => ({
    ags,
    name,
    kind: 'KREISANGEHOERIGE_KOMMUNE' as const,
    parentAgs: ags.slice(0, 5),
    gemeinden: [{ ags, name }],
    weight,
  })),
  ...KREISE.map(([ags, name, weight]) => ({
    ags,
    name,
    kind: 'KREIS' as const,
    parentAgs: null,
    gemeinden: gemeindenOf(ags, name),
    weight,
  })),
  ...KREISFREIE.map(([kreis, name, weight]) => ({
    ags: `${kreis}000`,
    name,
    kind: 'KREISFREIE_STADT' as const,
    parentAgs: null,
    gemeinden: [{ ags: `${kreis}000`, name }],
    weight,
  })),
  ...KREISANGEHOERIGE.filter(([ags]) => ags !== '05566076').map(([ags, name, weight]) => ({
    ags,
    name,
    kind: 'KREISANGEHOERIGE_KOMMUNE' as const,
    parentAgs: ags.slice(0, 5),
    gemeinden: [{ ags, name }],
    weight,
  })),
];

/** Every municipality row the areas need, parents before members: Kreise, then Städte and Gemeinden. */
export function municipalitiesOf(areas: readonly ScaleArea[]): ScaleMunicipality[] {
  const kreise: ScaleMunicipality[] = [];
  const members: ScaleMunicipality[] = [];
  const parents = new Map(PARENT_KREISE);
  const seen = new Set<string>();
  for (const area of areas) {
    if (area.kind === 'KREIS') {
      kreise.push({ ags: area.ags, name: area.name, kind: 'KREIS', parentAgs: null });
      for (const g of area.gemeinden)
        members.push({ ags: g.ags, name: g.name, kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: area.ags });
    } else if (area.kind === 'KREISFREIE_STADT') {
      members.push({ ags: area.ags, name: area.name, kind: 'KREISFREIE_STADT', parentAgs: null });
    } else {
      const parent = area.parentAgs as string;
      if (!seen.has(parent)) {
        seen.add(parent);
        kreise.push({ ags: parent, name: parents.get(parent) ?? `Kreis ${parent}`, kind: 'KREIS', parentAgs: null });
      }
      members.push({ ags: area.ags, name: area.name, kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: parent });
    }
  }
  return [...kreise, ...members];
}
