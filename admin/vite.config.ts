import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the gateway at /admin/ (no second server); `npm run dev -w admin` proxies the API to a running hub.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // The gateway's content security policy allows no inline script; Vite's polyfill would be one.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/admin/config.json': 'http://127.0.0.1:4000',
      '/admin/dev': 'http://127.0.0.1:4000',
      '/ready': 'http://127.0.0.1:4000',
    },
  },
});
