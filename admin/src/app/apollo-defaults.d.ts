// Declares the client's default errorPolicy to Apollo's types, so every result is typed as one
// that may carry data and errors together (a partial answer with FORBIDDEN fields).
import '@apollo/client';

declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
      interface Mutate {
        errorPolicy: 'all';
      }
    }
  }
}
