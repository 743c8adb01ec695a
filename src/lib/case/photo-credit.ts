import { photoLicenceUrls, photoLicences } from '../../vocabulary/photo-licences';
import type { SentraPhoto } from './sentra-types';

/** What is shown under a photo: who made it, and the licence by name with its page where it has one. */
export interface PhotoCredit {
  credit: string;
  licence: string;
  licenceUrl?: string;
}

/** The credit line of a photo, as its licence asks it to be shown. */
export function creditOf(photo: Pick<SentraPhoto, 'credit' | 'licence'>): PhotoCredit {
  return {
    credit: photo.credit,
    licence: photoLicences.labels[photo.licence].id,
    licenceUrl: photoLicenceUrls[photo.licence],
  };
}
