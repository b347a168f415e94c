export const emailKinds = ['work', 'personal', 'other'] as const;
export const phoneKinds = ['mobile', 'work', 'home', 'other'] as const;
export const addressKinds = ['postal', 'visiting', 'billing', 'home', 'other'] as const;
export const linkKinds = ['linkedin', 'facebook', 'x', 'blog', 'website', 'other'] as const;

export type EmailKind = (typeof emailKinds)[number];
export type PhoneKind = (typeof phoneKinds)[number];
export type AddressKind = (typeof addressKinds)[number];
export type LinkKind = (typeof linkKinds)[number];

export type EmailEntry = { kind: EmailKind; address: string };
export type PhoneEntry = { kind: PhoneKind; number: string };
export type AddressEntry = {
  kind: AddressKind;
  street: string;
  postalCode: string;
  city: string;
  country: string;
};
export type LinkEntry = { kind: LinkKind; url: string };
