import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadAdminConfig } from './app/auth/admin-config';
import { messages } from './app/messages';

const base = import.meta.env.BASE_URL;
const root = createRoot(document.getElementById('root') as HTMLElement);

loadAdminConfig(base)
  .then((config) =>
    root.render(
      <StrictMode>
        <App config={config} base={base} />
      </StrictMode>,
    ),
  )
  .catch(() => root.render(<p role="alert">{messages.errors.network}</p>));
