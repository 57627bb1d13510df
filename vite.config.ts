import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the built site in dist/ works from any path (a sub-folder, file host, preview).
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022' },
  preview: { port: 4173, strictPort: true },
});
