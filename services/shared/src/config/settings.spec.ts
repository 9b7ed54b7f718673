import { ConfigError, describeSettings, flag, loadSettings, port, optionalUrl } from './settings';

const settings = {
  port: port('X_PORT', 'Port.', 4001),
  verbose: flag('X_VERBOSE', 'Verbose.', false),
  url: optionalUrl('X_URL', 'URL.'),
};

describe('settings', () => {
  it('uses defaults when nothing is set', () => {
    expect(loadSettings(settings, {})).toEqual({ port: 4001, verbose: false, url: undefined });
  });

  it('reads and converts what is set', () => {
    expect(loadSettings(settings, { X_PORT: '5000', X_VERBOSE: 'true', X_URL: 'postgres://h/db' })).toEqual({
      port: 5000,
      verbose: true,
      url: 'postgres://h/db',
    });
  });

  it('names every bad setting at once and never echoes a value', () => {
    let error: unknown;
    try {
      loadSettings(settings, { X_PORT: 'secret-port', X_URL: 'not a url with password hunter2' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(['X_PORT', 'X_URL']);
    expect((error as Error).message).not.toContain('hunter2');
    expect((error as Error).message).toContain('README');
  });

  it('describes itself as a Markdown table', () => {
    expect(describeSettings(settings)).toContain('| `X_PORT` | `4001` | Port. |');
  });
});
