import { useState } from 'react';
import { graphQLErrors, fieldErrors, type ApiError } from './graphql-errors';

export interface MutationFeedback {
  /** Messages by input field ("input.category"); "" for the form as a whole. */
  fields: Record<string, string>;
  /** Whether the last attempt went through. */
  done: boolean;
}

/**
 * What a change's answer means for its form: the API's refusals next to the fields they name, a
 * refusal without a field above the form. With errorPolicy 'all' a refused mutation resolves
 * (data null, errors set); a network error is thrown and shown as the form's message.
 */
export function useMutationFeedback() {
  const [feedback, setFeedback] = useState<MutationFeedback>({ fields: {}, done: false });
  const track = async <T>(
    run: () => Promise<{ data?: T | null; error?: unknown }>,
    succeeded: (data: T) => boolean,
  ): Promise<T | null> => {
    setFeedback({ fields: {}, done: false });
    try {
      const result = await run();
      const errors: readonly ApiError[] = graphQLErrors(result.error);
      const ok = !!result.data && errors.length === 0 && succeeded(result.data);
      setFeedback({
        fields:
          errors.length > 0 ? fieldErrors(errors) : result.error ? { '': String((result.error as Error).message) } : {},
        done: ok,
      });
      return ok ? (result.data as T) : null;
    } catch (error) {
      setFeedback({ fields: { '': (error as Error).message }, done: false });
      return null;
    }
  };
  return { feedback, track, reset: () => setFeedback({ fields: {}, done: false }) };
}
