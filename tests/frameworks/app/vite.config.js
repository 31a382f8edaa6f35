// The app's Vite build: one page per framework, each with the framework's official Vite plugin.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  plugins: [
    react(),
    // Vue renders lv-* as custom elements (Vue's documented setting for web components).
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('lv-') } } }),
    svelte(),
  ],
  build: {
    outDir: 'out',
    rollupOptions: { input: { react: 'react.html', vue: 'vue.html', svelte: 'svelte.html' } },
  },
});
