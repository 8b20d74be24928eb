import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StoredBroadcastImages } from "../../../src/storage/broadcast-image-files.js";
import { LocalFileStorage } from "../../../src/storage/local-file-storage.js";
import { PNG_BYTES } from "../../fakes/zalo-api.js";

const root = mkdtempSync(path.join(os.tmpdir(), "motcua-images-"));
const images = new StoredBroadcastImages(new LocalFileStorage(root), "https://motcua.example.gov.vn/", 1024);
/** The start of a JPEG (SOI, APP0 "JFIF"): file-type knows it by these bytes. */
const JPEG_BYTES = Buffer.from("ffd8ffe000104a46494600010100000100010000ffdb", "hex");

afterAll(() => rmSync(root, { recursive: true, force: true }));

// Editors' images on the local disk: accepted by their bytes only, stored under a name the store made, and only
// those names are served or trusted when the form carries an address back.
describe("broadcast images", () => {
  it("stores a PNG and a JPEG under random names at the public address, and reads them back", async () => {
    const png = await images.store(PNG_BYTES);
    const jpeg = await images.store(JPEG_BYTES);
    if (!("url" in png) || !("url" in jpeg)) throw new Error("refused");
    expect(png.url).toMatch(/^https:\/\/motcua\.example\.gov\.vn\/media\/broadcasts\/[0-9a-f-]{36}\.png$/);
    expect(jpeg.url).toMatch(/\.jpg$/);
    expect(images.owns(png.url)).toBe(true);
    const read = await images.read(png.url.split("/").pop()!);
    expect(read?.contentType).toBe("image/png");
    expect(Buffer.from(read!.bytes).equals(PNG_BYTES)).toBe(true);
    expect((await images.read(jpeg.url.split("/").pop()!))?.contentType).toBe("image/jpeg");
    expect(readdirSync(path.join(root, "broadcasts")).sort()).toHaveLength(2);
  });

  it("refuses what is not a JPEG or PNG whatever it is called, and what is over the cap", async () => {
    expect(await images.store(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toEqual({ problem: "not_image" });
    expect(await images.store(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "binary"))).toEqual({ problem: "not_image" });
    expect(await images.store(new Uint8Array(0))).toEqual({ problem: "not_image" });
    expect(await images.store(Buffer.concat([PNG_BYTES, Buffer.alloc(1024)]))).toEqual({ problem: "image_too_large" });
  });

  it("trusts and serves only its own names", async () => {
    expect(images.owns("https://evil.example/media/broadcasts/00000000-0000-0000-0000-000000000000.png")).toBe(false);
    expect(images.owns("https://motcua.example.gov.vn/media/broadcasts/../../secret.png")).toBe(false);
    expect(images.owns("https://motcua.example.gov.vn/media/broadcasts/00000000-0000-0000-0000-000000000000.gif")).toBe(false);
    expect(await images.read("../../etc/passwd")).toBeNull();
    expect(await images.read("00000000-0000-0000-0000-000000000000.png")).toBeNull();
  });
});
