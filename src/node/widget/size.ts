/** The size the issue budgets: brotli at its best quality, as a browser receives a compressed script. */
import { brotliCompressSync, constants } from 'node:zlib';

/** The script's budget: 3 KB brotli, styles and both languages included. */
export const WIDGET_BUDGET = 3072;

export function brotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
}
