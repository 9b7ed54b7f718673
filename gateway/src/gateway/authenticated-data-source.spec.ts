import { delegatedTokenHeader, type Identity } from '@gk/shared';
import { AuthenticatedDataSource } from './authenticated-data-source';

type SendOptions = Parameters<AuthenticatedDataSource['willSendRequest']>[0];

const USER: Identity = {
  subject: 'cm-1',
  organizationId: 'org-1',
  roles: ['CASE_MANAGER'],
  ags: ['05566076'],
  purpose: null,
};
/** A stand-in signer that says whom and for which audience it signed, so the headers show it. */
const sign = async (identity: Identity, audience: string) => `token:${identity.subject}:${audience}`;

async function headersSent(
  source: AuthenticatedDataSource,
  query: string,
  clientHeaders: Record<string, string> = {},
): Promise<Record<string, string>> {
  const headers = new Headers(clientHeaders);
  const options = {
    request: { query, http: { method: 'POST', url: 'http://offers/graphql', headers } },
    context: { identity: USER, requestId: 'r-1' },
  };
  await source.willSendRequest(options as unknown as SendOptions);
  return Object.fromEntries(headers.entries());
}

describe('subgraph tokens the gateway sends', () => {
  const offers = new AuthenticatedDataSource('offers', 'http://offers/graphql', sign, 1000, ['persons']);

  it(
    "gives offers, on a mutation, a second token for persons with the user's identity, so persons applies " +
      'its own rules to that user',
    async () => {
      const sent = await headersSent(
        offers,
        'mutation EnrollInOffer__offers__0($input:EnrollInOfferInput!){enrollInOffer(input:$input){id}}',
      );
      expect(sent).toEqual({
        authorization: 'Bearer token:cm-1:offers',
        'x-request-id': 'r-1',
        [delegatedTokenHeader('persons')]: 'token:cm-1:persons',
      });
    },
  );

  it('gives it none on queries and entity fetches, which never ask persons', async () => {
    for (const query of [
      'query Dashboard__offers__1{offers{items{id}}}',
      'query($representations:[_Any!]!){_entities(representations:$representations){...on Person{enrollments{id}}}}',
    ]) {
      expect(Object.keys(await headersSent(offers, query))).not.toContain(delegatedTokenHeader('persons'));
    }
  });

  it('never passes on a delegated token the client sent, and gives subgraphs without delegation none', async () => {
    const forged = { [delegatedTokenHeader('persons')]: 'forged' };
    expect(
      (await headersSent(offers, 'query{offers{items{id}}}', forged))[delegatedTokenHeader('persons')],
    ).toBeUndefined();
    const network = new AuthenticatedDataSource('network', 'http://network/graphql', sign, 1000);
    expect(Object.keys(await headersSent(network, 'mutation{registerOrganization(input:{}){id}}'))).toEqual([
      'authorization',
      'x-request-id',
    ]);
  });
});
