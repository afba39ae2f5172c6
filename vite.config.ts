import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // Everything the app needs offline; the manifest's icons are matched here, so not added twice.
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'] },
      includeManifestIcons: false,
      manifest: {
        name: 'Học vụ số',
        short_name: 'Học vụ số',
        description:
          'Ghi buổi tập huấn, điểm danh, góp ý và học kỹ năng số ở thôn, cả khi không có mạng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0f5f4c',
        background_color: '#f6f7f5',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-192.png',
            sizes: '192x192',
            type: 'image/png',
            purpose: 'maskable',
          },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    // Lesson pictures stay files (precached), not text inside the module list's script.
    assetsInlineLimit: (file) => (file.includes('/src/content/') ? false : undefined),
    rollupOptions: {
      output: {
        // Learning content under dist/assets/content/, so the build check can hold it to budget.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/content/modules/')
            ? `assets/content/${chunk.facadeModuleId.split('/').at(-2)}-[name]-[hash].js`
            : 'assets/[name]-[hash].js',
        assetFileNames: (asset) =>
          asset.originalFileNames?.some((f) => f.includes('src/content/modules/'))
            ? 'assets/content/[name]-[hash][extname]'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
