import { renderToStaticMarkup } from 'react-dom/server';
import { ProtectedCount } from './ProtectedCount';
import { Field, Forbidden } from './Forbidden';
import { Money, DateText } from './Money';
import { AreaUnavailable } from './AreaUnavailable';
import type { ApiError } from './graphql-errors';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('ProtectedCount', () => {
  it('shows a withheld count as protected with the threshold, never as 0 or blank', () => {
    const html = renderToStaticMarkup(<ProtectedCount count={{ suppressed: true, value: null }} />);
    expect(text(html)).toBe('&lt; 5, geschützt');
    expect(html).toContain('aria-label="Geschützter Wert: Zahlen unter 5');
    expect(text(html)).not.toMatch(/^0$/);
  });

  it('uses the threshold it is given', () => {
    expect(text(renderToStaticMarkup(<ProtectedCount count={{ suppressed: true }} threshold={3} />))).toBe('&lt; 3, geschützt');
  });

  it('shows a published count, 0 included, as the number', () => {
    expect(text(renderToStaticMarkup(<ProtectedCount count={{ suppressed: false, value: 0 }} />))).toBe('0');
    expect(text(renderToStaticMarkup(<ProtectedCount count={{ suppressed: false, value: 1234 }} />))).toBe('1.234');
  });
});

describe('Field', () => {
  const forbidden: ApiError[] = [{ message: 'Not allowed.', path: ['person', 'dateOfBirth'], extensions: { code: 'FORBIDDEN' } }];

  it('shows "keine Berechtigung" where the API refused the field', () => {
    expect(text(renderToStaticMarkup(<Field value={null} errors={forbidden} path={['person', 'dateOfBirth']} />))).toBe('keine Berechtigung');
  });

  it('shows "keine Berechtigung" below a refused parent, and the value elsewhere', () => {
    const parent: ApiError[] = [{ message: 'Not allowed.', path: ['person', 'consents'], extensions: { code: 'CONSENT_REQUIRED' } }];
    expect(text(renderToStaticMarkup(<Field value={null} errors={parent} path={['person', 'consents', 0, 'active']} />))).toBe('keine Berechtigung');
    expect(text(renderToStaticMarkup(<Field value="Amina" errors={forbidden} path={['person', 'givenName']} />))).toBe('Amina');
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
    const down: ApiError[] = [{ message: 'persons is unavailable', path: ['person', 'needs'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'persons' } }];
    expect(text(renderToStaticMarkup(<AreaUnavailable errors={down} />))).toContain('Der Bereich Personen (Fallmanagement) ist zurzeit nicht erreichbar');
    expect(renderToStaticMarkup(<AreaUnavailable errors={[]} />)).toBe('');
  });
});
