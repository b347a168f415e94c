import { defineFeatureTexts } from '../featureTexts';

/** The access log on a person's page: who has viewed, exported or imported their data. */
export const accessLogTexts = defineFeatureTexts({
  en: {
    title: 'Who has viewed or exported this',
    intro:
      'Openings of this page, exports and imports that included this person. Entries are kept for two years.',
    empty: 'Nobody has viewed or exported this person’s data yet.',
    thisDevice: 'On this device (not signed in)',
    showMore: 'Show more',
    columns: { when: 'When', who: 'Who', what: 'What' },
    actions: {
      view: 'Viewed',
      export: 'Exported',
      import: 'Imported',
    },
    sources: {
      personPage: 'the person’s page',
      peopleExport: 'people list export',
      mailingExport: 'mailing list export',
      listExport: 'contact list export',
      participantExport: 'participant list export',
      subjectAccessExport: 'the person’s own data export',
      import: 'spreadsheet import',
    },
    withPeople_one: '{{count}} person',
    withPeople_other: '{{count}} people',
  },
  fi: {
    title: 'Kuka on katsonut tai vienyt näitä tietoja',
    intro:
      'Tämän sivun avaukset sekä viennit ja tuonnit, joissa henkilö oli mukana. Merkinnät säilytetään kaksi vuotta.',
    empty: 'Kukaan ei ole vielä katsonut tai vienyt tämän henkilön tietoja.',
    thisDevice: 'Tällä laitteella (ei kirjautunut)',
    showMore: 'Näytä lisää',
    columns: { when: 'Milloin', who: 'Kuka', what: 'Mitä' },
    actions: {
      view: 'Katsottu',
      export: 'Viety',
      import: 'Tuotu',
    },
    sources: {
      personPage: 'henkilön sivu',
      peopleExport: 'henkilöluettelon vienti',
      mailingExport: 'postituslistan vienti',
      listExport: 'yhteystietolistan vienti',
      participantExport: 'osallistujaluettelon vienti',
      subjectAccessExport: 'henkilön omien tietojen vienti',
      import: 'taulukon tuonti',
    },
    withPeople_one: '{{count}} henkilö',
    withPeople_other: '{{count}} henkilöä',
  },
  sv: {
    title: 'Vem har sett eller exporterat uppgifterna',
    intro:
      'Öppningar av den här sidan samt exporter och importer där personen ingick. Posterna sparas i två år.',
    empty: 'Ingen har ännu sett eller exporterat personens uppgifter.',
    thisDevice: 'På den här enheten (inte inloggad)',
    showMore: 'Visa fler',
    columns: { when: 'När', who: 'Vem', what: 'Vad' },
    actions: {
      view: 'Visad',
      export: 'Exporterad',
      import: 'Importerad',
    },
    sources: {
      personPage: 'personens sida',
      peopleExport: 'export av personlistan',
      mailingExport: 'export av utskickslista',
      listExport: 'export av kontaktlista',
      participantExport: 'export av deltagarlista',
      subjectAccessExport: 'export av personens egna uppgifter',
      import: 'import av kalkylblad',
    },
    withPeople_one: '{{count}} person',
    withPeople_other: '{{count}} personer',
  },
});
