import { useEffect } from 'react';
import { messages } from './messages';

/** Sets the document title per screen, so screen readers and tabs say where the user is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${messages.appTitle}`;
  }, [title]);
}
