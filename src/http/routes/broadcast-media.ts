/**
 * GET /media/broadcasts/<name>: the images of announcements, open to anyone, because Telegram and Zalo fetch a
 * broadcast's image from its public address (and citizens' apps show it from there). Only names the image store
 * made are answered; the bytes were checked to be a JPEG or PNG when uploaded, and are served with nosniff.
 */
import { Router } from "express";
import { BROADCAST_IMAGE_PATH, type ServedImage } from "../../storage/broadcast-image-files.js";

export function broadcastMediaRouter(images: { read(name: string): Promise<ServedImage | null> }): Router {
  const router = Router();
  router.get(`${BROADCAST_IMAGE_PATH}/:name`, async (req, res, next) => {
    try {
      const image = await images.read(req.params.name);
      if (!image) {
        res.status(404).type("text/plain").send("not found");
        return;
      }
      // a stored image never changes (a new upload gets a new name)
      res.set({ "content-type": image.contentType, "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff", "cross-origin-resource-policy": "cross-origin" });
      res.send(Buffer.from(image.bytes));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
