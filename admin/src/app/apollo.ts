import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** A purpose the request declares for personal data (header X-Purpose); set per operation in its context. */
export type Purpose = 'COUNSELLING' | 'REFERRAL' | 'ENROLLMENT' | 'REPORTING';

/**
 * The UI's one GraphQL client: the user's token on every request, `errorPolicy: 'all'` everywhere
 * so a partial answer renders with its errors at their paths, and a 401 (or UNAUTHENTICATED) sends
 * the user back to sign-in instead of leaving a blank page.
 */
export function createApolloClient(options: {
  uri: string;
  token: () => string | null;
  onUnauthenticated: () => void;
}): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const token = options.token();
    const purpose = (prevContext as { purpose?: Purpose }).purpose;
    return {
      headers: {
        ...(prevContext.headers as Record<string, string> | undefined),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(purpose ? { 'x-purpose': purpose } : {}),
      },
    };
  });
  const unauthenticated = new ErrorLink(({ error }) => {
    const rejected =
      (ServerError.is(error) && error.statusCode === 401) ||
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
    if (rejected) options.onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([unauthenticated, auth, new HttpLink({ uri: options.uri })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { errorPolicy: 'all', fetchPolicy: 'cache-and-network' },
      query: { errorPolicy: 'all' },
      mutate: { errorPolicy: 'all' },
    },
  });
}
