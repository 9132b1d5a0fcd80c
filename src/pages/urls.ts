/** The pages' URLs are the one URL scheme's (src/urls.ts). */
export * from '../urls'
