/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { triageRules } from './src/rules/vite-plugin.ts';

const rulesDir = fileURLToPath(new URL('./rules', import.meta.url));
const picturesDir = fileURLToPath(new URL('./public/pictures', import.meta.url));

export default defineConfig({
  plugins: [react(), triageRules(rulesDir, picturesDir)],
  build: {
    target: 'es2022',
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
