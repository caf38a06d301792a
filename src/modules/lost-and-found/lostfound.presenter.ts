// What of a found item leaves the server to the public: category, the public description, colour, brand,
// day and place of the find, and photos only where staff allowed them. Never the finder, the serial or
// document numbers, the value, the storage place or the internal features — those prove ownership.
import { CATEGORIES, type Category } from './lostfound.categories.ts';
import type { Item, Photo } from './lostfound.repository.ts';

export interface PublicItem {
  id: string;
  number: string;
  category: Category;
  categoryLabel: string;
  description: string;
  colour: string;
  brand: string;
  foundOn: string;
  foundPlace: string;
  foundDistrict: string;
  photoIds: string[];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word that looks like a number to prove ownership with: four digits, or three in a mix of six or more. */
function looksLikeNumber(word: string): boolean {
  const digits = (word.match(/\d/g) ?? []).length;
  return digits >= 4 || (digits >= 3 && word.length >= 6);
}

/**
 * The public description, defended against a slip of the pen: the item's own serial number and finder's
 * name are cut out wherever they appear, and so is every word that looks like a document, card or serial
 * number (a run of digit groups becomes one "…").
 */
export function publicText(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets.map((value) => value.trim()).filter((value) => value.length >= 3))
    out = out.replace(new RegExp(escapeRegExp(secret), 'gi'), '…');
  out = out.replace(/[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*/gu, (word) => (looksLikeNumber(word) ? '…' : word));
  // "4711 0815 1234" → "… … …" → "…"; a short group between two cut words goes with them.
  return out.replace(/…(?:[\s-]+(?:\d{1,3}[\s-]+)*…)*(?:[\s-]+\d{1,3}(?![\p{L}\p{N}]))*/gu, '…');
}

export function toPublicItem(item: Item, photos: Photo[]): PublicItem {
  const secrets = [item.serialNumber, item.finderName, ...item.finderName.split(/\s+/)];
  return {
    id: item.id,
    number: item.number,
    category: item.category,
    categoryLabel: CATEGORIES[item.category],
    description: publicText(item.description, secrets),
    colour: publicText(item.colour, secrets),
    brand: publicText(item.brand, secrets),
    foundOn: item.foundOn,
    foundPlace: publicText(item.foundPlace, secrets),
    foundDistrict: item.foundDistrict,
    photoIds: item.photosPublic
      ? photos.filter((photo) => photo.itemId === item.id).map((photo) => photo.id)
      : [],
  };
}
