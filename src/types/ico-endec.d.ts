/** ico-endec ships no types; the part the build uses. */
declare module 'ico-endec' {
  /** An ICO file holding the given PNG (or BMP) images. */
  export function encode(images: Array<Buffer | ArrayBuffer>): Buffer;
  const icoEndec: { encode: typeof encode };
  export default icoEndec;
}
