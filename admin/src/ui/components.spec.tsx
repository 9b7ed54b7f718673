import { renderToStaticMarkup } from 'react-dom/server';
import { ProtectedCount, SuppressionThresholdContext } from './ProtectedCount';
import { Field, Forbidden } from './Forbidden';
import { Money, DateText } from './Money';
import { AreaUnavailable } from './AreaUnavailable';
import type { ApiError } from './graphql-errors';
import { CursorTable } from './CursorTable';
import { Section } from './Section';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('ProtectedCount', () => {
  it('shows a withheld count as protected with the threshold, never as 0 or blank', () => {
    const html = renderToStaticMarkup(<ProtectedCount count={{ suppressed: true, value: null }} />);
    expect(text(html)).toBe('&lt; 5, geschützt');
    expect(html).toContain('aria-label="Geschützter Wert: Zahlen unter 5');
    expect(text(html)).not.toMatch(/^0$/);
  });

  it('uses the threshold it is given', () => {
    expect(text(renderToStaticMarkup(<ProtectedCount count={{ suppressed: true }} threshold={3} />))).toBe(
      '&lt; 3, geschützt',
    );
  });

  it("uses the hub's threshold the gateway reported, so a changed SUPPRESSION_THRESHOLD is not shown as 5", () => {
    const html = renderToStaticMarkup(
      <SuppressionThresholdContext.Provider value={7}>
        <ProtectedCount count={{ suppressed: true }} />
      </SuppressionThresholdContext.Provider>,
    );
    expect(text(html)).toBe('&lt; 7, geschützt');
  });

  it('shows a published count, 0 included, as the number', () => {
    expect(text(renderToStaticMarkup(<ProtectedCount count={{ suppressed: false, value: 0 }} />))).toBe('0');
    expect(text(renderToStaticMarkup(<ProtectedCount count={{ suppressed: false, value: 1234 }} />))).toBe('1.234');
  });
});

describe('Field', () => {
  const forbidden: ApiError[] = [
    { message: 'Not allowed.', path: ['person', 'dateOfBirth'], extensions: { code: 'FORBIDDEN' } },
  ];

  it('shows "keine Berechtigung" where the API refused the field', () => {
    expect(text(renderToStaticMarkup(<Field value={null} errors={forbidden} path={['person', 'dateOfBirth']} />))).toBe(
      'keine Berechtigung',
    );
  });

  it('shows "keine Berechtigung" below a refused parent, and the value elsewhere', () => {
    const parent: ApiError[] = [
      { message: 'Not allowed.', path: ['person', 'consents'], extensions: { code: 'CONSENT_REQUIRED' } },
    ];
    expect(
      text(renderToStaticMarkup(<Field value={null} errors={parent} path={['person', 'consents', 0, 'active']} />)),
    ).toBe('keine Berechtigung');
    expect(text(renderToStaticMarkup(<Field value="Amina" errors={forbidden} path={['person', 'givenName']} />))).toBe(
      'Amina',
    );
  });

  it('tells an empty field (a dash) from a refused one', () => {
    expect(text(renderToStaticMarkup(<Field value={null} errors={[]} path={['person', 'dateOfBirth']} />))).toBe('—');
    expect(text(renderToStaticMarkup(<Forbidden />))).toBe('keine Berechtigung');
  });
});

describe('Money and dates', () => {
  it('renders money and dates in German', () => {
    expect(text(renderToStaticMarkup(<Money amount="1234.56" />))).toBe('1.234,56\u00a0€');
    const date = renderToStaticMarkup(<DateText value="2026-11-21" />);
    expect(text(date)).toBe('21.11.2026');
    expect(date).toContain('dateTime="2026-11-21"');
  });
});

describe('AreaUnavailable', () => {
  it('names the part of the hub that is down and nothing when all answered', () => {
    const down: ApiError[] = [
      {
        message: 'persons is unavailable',
        path: ['person', 'needs'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'persons' },
      },
    ];
    expect(text(renderToStaticMarkup(<AreaUnavailable errors={down} />))).toContain(
      'Der Bereich Personen (Fallmanagement) ist zurzeit nicht erreichbar',
    );
    expect(renderToStaticMarkup(<AreaUnavailable errors={[]} />)).toBe('');
  });
});

describe('CursorTable', () => {
  const columns = [{ key: 'name', header: 'Name', render: (r: { id: string }) => r.id }];

  it('offers the next page only while the API says there is one', () => {
    const more = renderToStaticMarkup(
      <CursorTable
        caption="Liste"
        columns={columns}
        items={[{ id: 'a' }]}
        rowKey={(r) => r.id}
        hasNextPage
        onLoadMore={() => undefined}
      />,
    );
    expect(text(more)).toContain('Weitere laden');
    const last = renderToStaticMarkup(
      <CursorTable
        caption="Liste"
        columns={columns}
        items={[{ id: 'a' }]}
        rowKey={(r) => r.id}
        hasNextPage={false}
        onLoadMore={() => undefined}
      />,
    );
    expect(text(last)).not.toContain('Weitere laden');
  });

  it('says an empty list is empty', () => {
    expect(
      text(
        renderToStaticMarkup(
          <CursorTable caption="Liste" columns={columns} items={[]} rowKey={(r) => r.id} hasNextPage={false} />,
        ),
      ),
    ).toContain('Keine Einträge.');
  });
});

describe('Section', () => {
  const refused: ApiError[] = [{ message: 'no', path: ['person', 'consents'], extensions: { code: 'FORBIDDEN' } }];

  it('shows "keine Berechtigung" instead of its content when the API refused its field', () => {
    const html = renderToStaticMarkup(
      <Section title="Einwilligungen" errors={refused} path={['person', 'consents']}>
        <p>Formular</p>
      </Section>,
    );
    expect(text(html)).toContain('Einwilligungenkeine Berechtigung');
    expect(text(html)).not.toContain('Formular');
  });

  it('shows the notice instead of its content when its part of the hub is down, and its content otherwise', () => {
    expect(
      text(
        renderToStaticMarkup(
          <Section title="Programme" errors={[]} path={['fundingPrograms']} unavailable="nicht erreichbar">
            <p>Tabelle</p>
          </Section>,
        ),
      ),
    ).toContain('nicht erreichbar');
    expect(
      text(
        renderToStaticMarkup(
          <Section title="Programme" errors={refused} path={['fundingPrograms']}>
            <p>Tabelle</p>
          </Section>,
        ),
      ),
    ).toContain('Tabelle');
  });
});
