/** The message set a command works with: `--edition E` or `--profile P` (a message profile). */
import { DEFAULT_EDITION, EDITIONS, isEdition, type EditionName } from '../../asn1/editions.js';
import { profileNamed } from '../config/profiles.js';
import { str, UsageError, type Parsed } from './args.js';

export function editionFrom(p: Parsed): EditionName {
  const profile = str(p, 'profile');
  if (profile !== undefined && str(p, 'edition') !== undefined) throw new UsageError('give --edition or --profile, not both');
  let edition = str(p, 'edition') ?? DEFAULT_EDITION;
  if (profile !== undefined) {
    try {
      edition = profileNamed(profile).edition;
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  if (!isEdition(edition)) throw new UsageError(`unknown edition '${edition}' (one of ${EDITIONS.join(', ')})`);
  return edition;
}
