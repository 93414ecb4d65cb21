import { imageSize } from 'image-size';

export interface ImageDimensions {
  readonly width: number;
  readonly height: number;
}

/**
 * An image's width and height as a browser shows it, read from the file's bytes (PNG, JPEG, GIF, WebP, SVG, AVIF
 * and more), or undefined when the bytes are not an image it knows. A JPEG turned by its EXIF orientation is
 * reported the way it is displayed.
 */
export function readImageSize(bytes: Uint8Array): ImageDimensions | undefined {
  try {
    const size = imageSize(bytes);
    if (!size.width || !size.height) return undefined;
    const turned = size.orientation !== undefined && size.orientation >= 5 && size.orientation <= 8;
    return turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
  } catch {
    return undefined;
  }
}
