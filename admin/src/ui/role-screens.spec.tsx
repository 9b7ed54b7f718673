import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable } from './DataTable';
import { appendPage } from './paging';
import { missingParts } from '../network/coverage';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('DataTable', () => {
  it('caps a long list and says how many rows were left out', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ key: String(i), cells: [`Zeile ${i}`] }));
    const html = renderToStaticMarkup(<DataTable caption="Liste" headers={['Name']} rows={rows} cap={3} />);
    expect(html.match(/Zeile/g)).toHaveLength(3);
    expect(text(html)).toContain('Die ersten 3 von 5 Einträgen werden gezeigt.');
  });

  it('marks highlighted rows and lets a wide table be scrolled by keyboard', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Breit"
        headers={['a', 'b', 'c', 'd', 'e', 'f', 'g']}
        rows={[{ key: 'x', highlight: true, cells: ['1', '2', '3', '4', '5', '6', '7'] }]}
      />,
    );
    expect(html).toContain('data-highlight="true"');
    expect(html).toMatch(/role="region"[^>]*aria-label="Breit"|aria-label="Breit"[^>]*role="region"/);
    expect(html).toContain('tabindex="0"');
  });
});

describe('appendPage', () => {
  it('appends the next page after the loaded items (or nodes) and takes its pageInfo', () => {
    const first = { offers: { items: [1, 2], pageInfo: { endCursor: 'a', hasNextPage: true } } };
    const next = { offers: { items: [3], pageInfo: { endCursor: 'b', hasNextPage: false } } };
    expect(appendPage(first, next, 'offers')).toEqual({
      offers: { items: [1, 2, 3], pageInfo: { endCursor: 'b', hasNextPage: false } },
    });
    const nodes = appendPage(
      { alliances: { nodes: ['x'], pageInfo: {} } },
      { alliances: { nodes: ['y'], pageInfo: { hasNextPage: false } } },
      'alliances',
    );
    expect(nodes.alliances.nodes).toEqual(['x', 'y']);
  });
});

describe('missingParts', () => {
  it('names missing fields of action and agencies in German', () => {
    expect(missingParts({ missingAreas: ['BILDUNG'], missingExpectedAgencies: ['AUSLAENDERBEHOERDE'] })).toEqual([
      'Bildung',
      'Ausländerbehörde',
    ]);
    expect(missingParts({ missingAreas: [], missingExpectedAgencies: [] })).toEqual([]);
  });
});
