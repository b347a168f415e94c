/** One file of a zip archive: its path inside the archive and its bytes. */
export type ZipEntry = { path: string; bytes: Uint8Array };

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    let crc = byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    table[byte] = crc >>> 0;
  }
  return table;
})();

export const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1)
    crc = crcTable[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

// The platform's own DEFLATE (Chromium, Electron and Node all have CompressionStream).
const deflateRaw = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

const textEncoder = new TextEncoder();

// 1 January 1980, the earliest DOS date: the archive does not record when it was written.
const dosTime = 0;
const dosDate = (0 << 9) | (1 << 5) | 1;

/**
 * A zip archive (PKWARE APPNOTE, no zip64: entries and archive stay below 4 GB) with every entry
 * deflated. All sizes and checksums are known before writing, so no data descriptors are needed.
 */
export const createZip = async (entries: readonly ZipEntry[]): Promise<Uint8Array> => {
  const prepared = await Promise.all(
    entries.map(async (entry) => ({
      name: textEncoder.encode(entry.path),
      crc: crc32(entry.bytes),
      size: entry.bytes.length,
      compressed: await deflateRaw(entry.bytes),
    })),
  );
  const localSize = prepared.reduce(
    (sum, entry) => sum + 30 + entry.name.length + entry.compressed.length,
    0,
  );
  const centralSize = prepared.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
  const archive = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(archive.buffer);
  let offset = 0;
  const offsets: number[] = [];
  for (const entry of prepared) {
    offsets.push(offset);
    view.setUint32(offset, 0x04034b50, true);
    view.setUint16(offset + 4, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(offset + 6, 0x0800, true); // names are UTF-8
    view.setUint16(offset + 8, 8, true); // deflate
    view.setUint16(offset + 10, dosTime, true);
    view.setUint16(offset + 12, dosDate, true);
    view.setUint32(offset + 14, entry.crc, true);
    view.setUint32(offset + 18, entry.compressed.length, true);
    view.setUint32(offset + 22, entry.size, true);
    view.setUint16(offset + 26, entry.name.length, true);
    view.setUint16(offset + 28, 0, true);
    archive.set(entry.name, offset + 30);
    archive.set(entry.compressed, offset + 30 + entry.name.length);
    offset += 30 + entry.name.length + entry.compressed.length;
  }
  const centralStart = offset;
  prepared.forEach((entry, index) => {
    view.setUint32(offset, 0x02014b50, true);
    view.setUint16(offset + 4, 20, true); // made by: 2.0
    view.setUint16(offset + 6, 20, true);
    view.setUint16(offset + 8, 0x0800, true);
    view.setUint16(offset + 10, 8, true);
    view.setUint16(offset + 12, dosTime, true);
    view.setUint16(offset + 14, dosDate, true);
    view.setUint32(offset + 16, entry.crc, true);
    view.setUint32(offset + 20, entry.compressed.length, true);
    view.setUint32(offset + 24, entry.size, true);
    view.setUint16(offset + 28, entry.name.length, true);
    // extra length, comment length, disk number, internal and external attributes stay 0
    view.setUint32(offset + 42, offsets[index]!, true);
    archive.set(entry.name, offset + 46);
    offset += 46 + entry.name.length;
  });
  view.setUint32(offset, 0x06054b50, true);
  view.setUint16(offset + 8, prepared.length, true);
  view.setUint16(offset + 10, prepared.length, true);
  view.setUint32(offset + 12, offset - centralStart, true);
  view.setUint32(offset + 16, centralStart, true);
  return archive;
};
