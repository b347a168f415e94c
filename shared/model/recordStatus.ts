export const recordStatuses = ['active', 'passive'] as const;
export type RecordStatus = (typeof recordStatuses)[number];

/** Fields every register record carries; all of them are non-personal and stay plaintext. */
export type RecordMeta = {
  id: string;
  status: RecordStatus;
  owningUnit: string;
  createdAt: number;
  updatedAt: number;
};

export const defaultUnit = 'main';
