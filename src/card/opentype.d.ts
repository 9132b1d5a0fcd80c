/**
 * The part of @shuding/opentype.js (satori's font library) that ./path-data.ts uses. The
 * package ships no types of its own.
 */
declare module '@shuding/opentype.js' {
  const opentype: { Path: { prototype: object } }
  export default opentype
}
