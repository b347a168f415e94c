import { defineFeatureTexts } from '../featureTexts';

/**
 * Settings → Register description, the Privacy notice page, and (under `doc`) the notice itself. The
 * generator reads `doc` for the notice's own language directly, independent of the UI language.
 */
export const noticeTexts = defineFeatureTexts({
  en: {
    fields: {
      controllerName: 'Controller',
      businessId: 'Business ID (Y-tunnus)',
      address: 'Controller’s address',
      contactPersons: 'Contact persons',
      dataProtectionOfficer: 'Data protection officer',
      registerName: 'Name of the register',
      purposes: 'Purposes of processing',
      legalBases: 'Legal basis',
      legalBasisDetails: 'More about the legal basis',
      dataSubjects: 'Data subjects',
      sources: 'Regular sources of data',
      recipients: 'Regular disclosures and recipients',
      transferSafeguards: 'Safeguards for transfers outside the EU/EEA',
      retention: 'Retention period',
      retentionDetails: 'More about retention',
      security: 'Security principles',
    },
    settings: {
      title: 'Register description',
      intro:
        'What you write here fills the privacy notice, together with the categories, consent purposes and retention rules configured in Kontakt. Write each text in Finnish, Swedish and English; a text missing in one language is shown in another, marked as not translated.',
      openNotice: 'Open the privacy notice',
      save: 'Save description',
      saved: 'The register description was saved.',
      notSaved: 'Check the highlighted fields. Nothing was saved.',
      textsIn: 'Texts in',
      tab: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
      emptyInTab_one: '{{count}} needed text empty',
      emptyInTab_other: '{{count}} needed texts empty',
      neededForNotice: 'Needed for the notice',
      legalBasesLegend: 'Legal bases (GDPR art. 6(1))',
      legalBases: {
        consent: 'Consent',
        contract: 'Contract',
        legalObligation: 'Legal obligation',
        vitalInterests: 'Vital interests',
        publicTask: 'Public interest or official authority',
        legitimateInterests: 'Legitimate interests',
      },
      transfersLegend: 'Transfers outside the EU/EEA',
      transfers: {
        none: 'No data is transferred outside the EU/EEA',
        withSafeguards: 'Data is transferred with safeguards (describe them in each language)',
      },
      help: {
        contactPersons: 'Name, e-mail and phone of the person who answers questions about the register.',
        dataProtectionOfficer: 'Leave empty if the controller has not appointed one.',
        dataSubjects: 'For example: alumni, partners’ contact persons, lecturers.',
        sources: 'For example: the data subjects themselves, registration forms, public websites.',
        recipients: 'Who receives data regularly, or that data is not disclosed.',
        retentionDetails: 'Added after the retention rules configured in Kontakt.',
      },
    },
    page: {
      title: 'Privacy notice',
      language: 'Language of the notice',
      print: 'Print',
      savePdf: 'Save as PDF',
      pdfSaved: 'The privacy notice was saved as a PDF.',
      pdfFailed: 'The PDF could not be saved. Try printing instead.',
      browserPdfHint: 'In the print dialog, choose “Save as PDF” as the printer.',
      missingTitle: 'The notice is not complete',
      missingText: 'These parts are empty in every language and marked in the notice:',
      untranslatedTitle: 'Not written in this language',
      untranslatedText: 'These texts are shown in another language, marked as not translated:',
      editDescription: 'Edit the register description',
      fileName: 'privacy-notice',
    },
    doc: {
      title: 'Privacy notice',
      lead: 'Information for data subjects under Articles 13 and 14 of the EU General Data Protection Regulation (2016/679).',
      updated: 'Updated {{date}}',
      headings: {
        controller: '1. Controller',
        contact: '2. Contact person for matters concerning the register',
        dataProtectionOfficer: '3. Data protection officer',
        registerName: '4. Name of the register',
        purposes: '5. Purposes and legal basis of the processing',
        content: '6. Data content of the register',
        sources: '7. Regular sources of data',
        recipients: '8. Regular disclosures of data',
        transfers: '9. Transfers outside the EU or EEA',
        retention: '10. Retention period',
        security: '11. Principles of protecting the register',
        rights: '12. Rights of the data subject',
      },
      businessId: 'Business ID: {{businessId}}',
      noDataProtectionOfficer:
        'The controller has not appointed a data protection officer. Questions about data protection can be sent to the contact person above.',
      legalBasesIntro: 'The processing is based on:',
      legalBases: {
        consent: 'the data subject’s consent (GDPR Article 6(1)(a))',
        contract:
          'a contract with the data subject or steps taken at their request before a contract (Article 6(1)(b))',
        legalObligation: 'a legal obligation of the controller (Article 6(1)(c))',
        vitalInterests: 'the vital interests of the data subject or another person (Article 6(1)(d))',
        publicTask:
          'a task carried out in the public interest or in the exercise of official authority (Article 6(1)(e))',
        legitimateInterests: 'the legitimate interests of the controller (Article 6(1)(f))',
      },
      consentPurposesIntro: 'With the data subject’s consent, data is also used for:',
      consentPurposes: {
        newsletter: 'sending newsletters',
        marketing: 'marketing',
        alumniCommunication: 'communication with alumni',
        eventInformation: 'information about events',
        mentoring: 'mentoring activities',
      },
      dataSubjectsIntro: 'The register holds data about:',
      personDataIntro: 'The following data may be recorded about a person:',
      personFields: {
        name: 'first names, last name and preferred name',
        formerLastNames: 'former last names',
        birthDate: 'date of birth',
        title: 'title',
        categories: 'categories (listed below)',
        contactLanguage: 'preferred contact language',
        nationality: 'nationality',
        emails: 'e-mail addresses',
        phones: 'phone numbers',
        addresses: 'postal and visiting addresses',
        links: 'web and social media addresses',
        notes: 'notes written by the controller’s staff',
        status: 'whether the person is active in the register',
        owningUnit: 'the controller’s unit responsible for the data',
        history: 'when and by whom the data was recorded and changed',
      },
      affiliations:
        'links to organisations: organisation, role or title, department, start and end date, primary organisation',
      personCategoriesIntro: 'People are grouped into these categories:',
      organisationData:
        'About organisations the register holds their name, business ID, contact details and the following categories:',
      transfersNone:
        'Personal data is not transferred outside the European Union or the European Economic Area.',
      transfersWithSafeguards:
        'Personal data is transferred outside the European Union or the European Economic Area with the following safeguards:',
      retentionRulesIntro: 'Personal data is kept as follows:',
      periods: {
        days_one: '{{count}} day',
        days_other: '{{count}} days',
        months_one: '{{count}} month',
        months_other: '{{count}} months',
        years_one: '{{count}} year',
        years_other: '{{count}} years',
      },
      securityOfKontakt:
        'The register is kept in the Kontakt application. Its data is stored encrypted (AES-256-GCM) and can be read only after the register has been unlocked with its passphrase.',
      rightsIntro:
        'The data subject has the following rights under the General Data Protection Regulation. Requests are made to the contact person named above.',
      rights: {
        access:
          'Right of access: to know whether their data is processed and to receive a copy of it (Article 15).',
        rectification:
          'Right to rectification: to have inaccurate or incomplete data corrected (Article 16).',
        erasure:
          'Right to erasure: to have their data erased when there is no longer a ground to keep it (Article 17).',
        restriction:
          'Right to restriction of processing, for example while the accuracy of data is checked (Article 18).',
        portability:
          'Right to data portability: to receive the data they have provided in a machine-readable format when processing is based on consent or a contract (Article 20).',
        objection:
          'Right to object to processing based on legitimate or public interest, and at any time to direct marketing (Article 21).',
        withdrawConsent:
          'Right to withdraw consent at any time, without affecting the lawfulness of processing before the withdrawal (Article 7(3)).',
        complaint:
          'Right to lodge a complaint with the supervisory authority if they consider that the processing of their data infringes the law (Article 77):',
      },
      authority:
        'Office of the Data Protection Ombudsman, P.O. Box 800, 00531 Helsinki, Finland, tietosuoja@om.fi, www.tietosuoja.fi/en',
      missing: '[missing: {{field}}]',
      untranslated: '({{language}}, not translated)',
      inLanguage: { fi: 'in Finnish', sv: 'in Swedish', en: 'in English' },
    },
  },
  fi: {
    fields: {
      controllerName: 'Rekisterinpitäjä',
      businessId: 'Y-tunnus',
      address: 'Rekisterinpitäjän osoite',
      contactPersons: 'Yhteyshenkilöt',
      dataProtectionOfficer: 'Tietosuojavastaava',
      registerName: 'Rekisterin nimi',
      purposes: 'Käsittelyn tarkoitukset',
      legalBases: 'Oikeusperuste',
      legalBasisDetails: 'Lisätietoja oikeusperusteesta',
      dataSubjects: 'Rekisteröidyt',
      sources: 'Säännönmukaiset tietolähteet',
      recipients: 'Säännönmukaiset luovutukset ja vastaanottajat',
      transferSafeguards: 'Suojatoimet siirroissa EU:n/ETA:n ulkopuolelle',
      retention: 'Säilytysaika',
      retentionDetails: 'Lisätietoja säilyttämisestä',
      security: 'Suojauksen periaatteet',
    },
    settings: {
      title: 'Rekisterin kuvaus',
      intro:
        'Tähän kirjoitetut tiedot täyttävät tietosuojaselosteen yhdessä Kontaktissa määriteltyjen luokkien, suostumusten käyttötarkoitusten ja säilytyssääntöjen kanssa. Kirjoita jokainen teksti suomeksi, ruotsiksi ja englanniksi; jos teksti puuttuu jollakin kielellä, näytetään toisen kielen teksti merkittynä kääntämättömäksi.',
      openNotice: 'Avaa tietosuojaseloste',
      save: 'Tallenna kuvaus',
      saved: 'Rekisterin kuvaus tallennettiin.',
      notSaved: 'Tarkista korostetut kentät. Mitään ei tallennettu.',
      textsIn: 'Tekstit kielellä',
      tab: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
      emptyInTab_one: '{{count}} tarvittava teksti tyhjänä',
      emptyInTab_other: '{{count}} tarvittavaa tekstiä tyhjänä',
      neededForNotice: 'Tarvitaan selosteeseen',
      legalBasesLegend: 'Oikeusperusteet (tietosuoja-asetuksen 6 artiklan 1 kohta)',
      legalBases: {
        consent: 'Suostumus',
        contract: 'Sopimus',
        legalObligation: 'Lakisääteinen velvoite',
        vitalInterests: 'Elintärkeät edut',
        publicTask: 'Yleinen etu tai julkisen vallan käyttö',
        legitimateInterests: 'Oikeutettu etu',
      },
      transfersLegend: 'Siirrot EU:n/ETA:n ulkopuolelle',
      transfers: {
        none: 'Tietoja ei siirretä EU:n/ETA:n ulkopuolelle',
        withSafeguards: 'Tietoja siirretään suojatoimin (kuvaa ne jokaisella kielellä)',
      },
      help: {
        contactPersons:
          'Rekisteriä koskeviin kysymyksiin vastaavan henkilön nimi, sähköposti ja puhelinnumero.',
        dataProtectionOfficer: 'Jätä tyhjäksi, jos rekisterinpitäjä ei ole nimennyt tietosuojavastaavaa.',
        dataSubjects: 'Esimerkiksi alumnit, yhteistyökumppanien yhteyshenkilöt, luennoitsijat.',
        sources: 'Esimerkiksi rekisteröidyt itse, ilmoittautumislomakkeet, julkiset verkkosivut.',
        recipients: 'Kenelle tietoja luovutetaan säännönmukaisesti, tai että tietoja ei luovuteta.',
        retentionDetails: 'Lisätään Kontaktissa määriteltyjen säilytyssääntöjen perään.',
      },
    },
    page: {
      title: 'Tietosuojaseloste',
      language: 'Selosteen kieli',
      print: 'Tulosta',
      savePdf: 'Tallenna PDF:nä',
      pdfSaved: 'Tietosuojaseloste tallennettiin PDF-tiedostoksi.',
      pdfFailed: 'PDF-tiedostoa ei voitu tallentaa. Kokeile tulostamista.',
      browserPdfHint: 'Valitse tulostusikkunassa tulostimeksi ”Tallenna PDF-muodossa”.',
      missingTitle: 'Seloste ei ole valmis',
      missingText: 'Nämä kohdat ovat tyhjiä kaikilla kielillä, ja ne on merkitty selosteeseen:',
      untranslatedTitle: 'Ei kirjoitettu tällä kielellä',
      untranslatedText: 'Nämä tekstit näytetään toisella kielellä ja merkittyinä kääntämättömiksi:',
      editDescription: 'Muokkaa rekisterin kuvausta',
      fileName: 'tietosuojaseloste',
    },
    doc: {
      title: 'Tietosuojaseloste',
      lead: 'Rekisteröidyn informointi EU:n yleisen tietosuoja-asetuksen (2016/679) 13 ja 14 artiklan mukaisesti.',
      updated: 'Päivitetty {{date}}',
      headings: {
        controller: '1. Rekisterinpitäjä',
        contact: '2. Rekisteriasioista vastaava yhteyshenkilö',
        dataProtectionOfficer: '3. Tietosuojavastaava',
        registerName: '4. Rekisterin nimi',
        purposes: '5. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
        content: '6. Rekisterin tietosisältö',
        sources: '7. Säännönmukaiset tietolähteet',
        recipients: '8. Tietojen säännönmukaiset luovutukset',
        transfers: '9. Tietojen siirto EU:n tai ETA:n ulkopuolelle',
        retention: '10. Henkilötietojen säilytysaika',
        security: '11. Rekisterin suojauksen periaatteet',
        rights: '12. Rekisteröidyn oikeudet',
      },
      businessId: 'Y-tunnus: {{businessId}}',
      noDataProtectionOfficer:
        'Rekisterinpitäjä ei ole nimennyt tietosuojavastaavaa. Tietosuojaa koskevat kysymykset voi lähettää edellä mainitulle yhteyshenkilölle.',
      legalBasesIntro: 'Käsittely perustuu seuraaviin:',
      legalBases: {
        consent: 'rekisteröidyn suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)',
        contract:
          'sopimus rekisteröidyn kanssa tai sopimusta edeltävät toimet rekisteröidyn pyynnöstä (6 artiklan 1 kohdan b alakohta)',
        legalObligation: 'rekisterinpitäjän lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)',
        vitalInterests: 'rekisteröidyn tai toisen henkilön elintärkeät edut (6 artiklan 1 kohdan d alakohta)',
        publicTask:
          'yleisen edun mukainen tehtävä tai julkisen vallan käyttäminen (6 artiklan 1 kohdan e alakohta)',
        legitimateInterests: 'rekisterinpitäjän oikeutettu etu (6 artiklan 1 kohdan f alakohta)',
      },
      consentPurposesIntro:
        'Rekisteröidyn suostumuksella tietoja käytetään lisäksi seuraaviin tarkoituksiin:',
      consentPurposes: {
        newsletter: 'uutiskirjeiden lähettäminen',
        marketing: 'markkinointi',
        alumniCommunication: 'alumniviestintä',
        eventInformation: 'tapahtumista tiedottaminen',
        mentoring: 'mentorointitoiminta',
      },
      dataSubjectsIntro: 'Rekisterissä on tietoja seuraavista henkilöistä:',
      personDataIntro: 'Henkilöstä voidaan tallentaa seuraavat tiedot:',
      personFields: {
        name: 'etunimet, sukunimi ja kutsumanimi',
        formerLastNames: 'aiemmat sukunimet',
        birthDate: 'syntymäaika',
        title: 'tehtävänimike tai arvo',
        categories: 'luokat (lueteltu alla)',
        contactLanguage: 'asiointikieli',
        nationality: 'kansalaisuus',
        emails: 'sähköpostiosoitteet',
        phones: 'puhelinnumerot',
        addresses: 'posti- ja käyntiosoitteet',
        links: 'verkkosivujen ja sosiaalisen median osoitteet',
        notes: 'rekisterinpitäjän henkilöstön kirjoittamat muistiinpanot',
        status: 'tieto siitä, onko henkilö rekisterissä aktiivinen',
        owningUnit: 'tiedoista vastaava rekisterinpitäjän yksikkö',
        history: 'milloin ja kuka tiedot on tallentanut ja niitä muuttanut',
      },
      affiliations:
        'yhteydet organisaatioihin: organisaatio, tehtävä tai nimike, osasto, alku- ja päättymispäivä, pääorganisaatio',
      personCategoriesIntro: 'Henkilöt ryhmitellään seuraaviin luokkiin:',
      organisationData: 'Organisaatioista rekisterissä on nimi, Y-tunnus, yhteystiedot ja seuraavat luokat:',
      transfersNone: 'Henkilötietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle.',
      transfersWithSafeguards:
        'Henkilötietoja siirretään Euroopan unionin tai Euroopan talousalueen ulkopuolelle seuraavin suojatoimin:',
      retentionRulesIntro: 'Henkilötietoja säilytetään seuraavasti:',
      periods: {
        days_one: '{{count}} päivä',
        days_other: '{{count}} päivää',
        months_one: '{{count}} kuukausi',
        months_other: '{{count}} kuukautta',
        years_one: '{{count}} vuosi',
        years_other: '{{count}} vuotta',
      },
      securityOfKontakt:
        'Rekisteriä ylläpidetään Kontakt-sovelluksessa. Tiedot tallennetaan salattuina (AES-256-GCM), ja ne voi lukea vasta, kun rekisteri on avattu sen tunnuslauseella.',
      rightsIntro:
        'Rekisteröidyllä on tietosuoja-asetuksen mukaan seuraavat oikeudet. Pyynnöt osoitetaan edellä mainitulle yhteyshenkilölle.',
      rights: {
        access:
          'Oikeus saada pääsy tietoihin: tietää, käsitelläänkö hänen tietojaan, ja saada niistä jäljennös (15 artikla).',
        rectification:
          'Oikeus tietojen oikaisemiseen: virheelliset tai puutteelliset tiedot korjataan (16 artikla).',
        erasure:
          'Oikeus tietojen poistamiseen: tiedot poistetaan, kun niiden säilyttämiselle ei enää ole perustetta (17 artikla).',
        restriction:
          'Oikeus käsittelyn rajoittamiseen esimerkiksi siksi aikaa, kun tietojen paikkansapitävyyttä tarkistetaan (18 artikla).',
        portability:
          'Oikeus siirtää tiedot järjestelmästä toiseen: saada itse toimittamansa tiedot koneluettavassa muodossa, kun käsittely perustuu suostumukseen tai sopimukseen (20 artikla).',
        objection:
          'Oikeus vastustaa oikeutettuun tai yleiseen etuun perustuvaa käsittelyä sekä milloin tahansa suoramarkkinointia (21 artikla).',
        withdrawConsent:
          'Oikeus peruuttaa suostumus milloin tahansa; peruuttaminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen (7 artiklan 3 kohta).',
        complaint:
          'Oikeus tehdä valitus valvontaviranomaiselle, jos rekisteröity katsoo, että hänen tietojensa käsittely rikkoo lakia (77 artikla):',
      },
      authority:
        'Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, tietosuoja@om.fi, www.tietosuoja.fi',
      missing: '[puuttuu: {{field}}]',
      untranslated: '({{language}}, ei käännetty)',
      inLanguage: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
    },
  },
  sv: {
    fields: {
      controllerName: 'Personuppgiftsansvarig',
      businessId: 'FO-nummer',
      address: 'Den personuppgiftsansvariges adress',
      contactPersons: 'Kontaktpersoner',
      dataProtectionOfficer: 'Dataskyddsombud',
      registerName: 'Registrets namn',
      purposes: 'Ändamål med behandlingen',
      legalBases: 'Rättslig grund',
      legalBasisDetails: 'Mer om den rättsliga grunden',
      dataSubjects: 'Registrerade',
      sources: 'Regelbundna uppgiftskällor',
      recipients: 'Regelbundna utlämnanden och mottagare',
      transferSafeguards: 'Skyddsåtgärder vid överföring utanför EU/EES',
      retention: 'Lagringstid',
      retentionDetails: 'Mer om lagringen',
      security: 'Principer för skyddet',
    },
    settings: {
      title: 'Beskrivning av registret',
      intro:
        'Det du skriver här fyller i dataskyddsbeskrivningen tillsammans med de kategorier, samtyckesändamål och lagringsregler som angetts i Kontakt. Skriv varje text på finska, svenska och engelska; saknas en text på ett språk visas den på ett annat språk, märkt som inte översatt.',
      openNotice: 'Öppna dataskyddsbeskrivningen',
      save: 'Spara beskrivningen',
      saved: 'Beskrivningen av registret sparades.',
      notSaved: 'Kontrollera de markerade fälten. Ingenting sparades.',
      textsIn: 'Texter på',
      tab: { fi: 'finska', sv: 'svenska', en: 'engelska' },
      emptyInTab_one: '{{count}} behövd text tom',
      emptyInTab_other: '{{count}} behövda texter tomma',
      neededForNotice: 'Behövs i beskrivningen',
      legalBasesLegend: 'Rättsliga grunder (artikel 6.1 i dataskyddsförordningen)',
      legalBases: {
        consent: 'Samtycke',
        contract: 'Avtal',
        legalObligation: 'Rättslig förpliktelse',
        vitalInterests: 'Grundläggande intressen',
        publicTask: 'Allmänt intresse eller myndighetsutövning',
        legitimateInterests: 'Berättigat intresse',
      },
      transfersLegend: 'Överföring utanför EU/EES',
      transfers: {
        none: 'Inga uppgifter överförs utanför EU/EES',
        withSafeguards: 'Uppgifter överförs med skyddsåtgärder (beskriv dem på varje språk)',
      },
      help: {
        contactPersons: 'Namn, e-post och telefon till den som svarar på frågor om registret.',
        dataProtectionOfficer:
          'Lämna tomt om den personuppgiftsansvarige inte har utsett något dataskyddsombud.',
        dataSubjects: 'Till exempel alumner, samarbetspartners kontaktpersoner, föreläsare.',
        sources: 'Till exempel de registrerade själva, anmälningsblanketter, offentliga webbplatser.',
        recipients: 'Vem som regelbundet får uppgifter, eller att uppgifter inte lämnas ut.',
        retentionDetails: 'Läggs till efter de lagringsregler som angetts i Kontakt.',
      },
    },
    page: {
      title: 'Dataskyddsbeskrivning',
      language: 'Beskrivningens språk',
      print: 'Skriv ut',
      savePdf: 'Spara som PDF',
      pdfSaved: 'Dataskyddsbeskrivningen sparades som PDF.',
      pdfFailed: 'PDF-filen kunde inte sparas. Försök skriva ut i stället.',
      browserPdfHint: 'Välj ”Spara som PDF” som skrivare i utskriftsdialogen.',
      missingTitle: 'Beskrivningen är inte färdig',
      missingText: 'De här delarna är tomma på alla språk och markerade i beskrivningen:',
      untranslatedTitle: 'Inte skrivet på det här språket',
      untranslatedText: 'De här texterna visas på ett annat språk, märkta som inte översatta:',
      editDescription: 'Redigera beskrivningen av registret',
      fileName: 'dataskyddsbeskrivning',
    },
    doc: {
      title: 'Dataskyddsbeskrivning',
      lead: 'Information till den registrerade enligt artiklarna 13 och 14 i EU:s allmänna dataskyddsförordning (2016/679).',
      updated: 'Uppdaterad {{date}}',
      headings: {
        controller: '1. Personuppgiftsansvarig',
        contact: '2. Kontaktperson i ärenden som gäller registret',
        dataProtectionOfficer: '3. Dataskyddsombud',
        registerName: '4. Registrets namn',
        purposes: '5. Ändamål med och rättslig grund för behandlingen av personuppgifter',
        content: '6. Registrets datainnehåll',
        sources: '7. Regelbundna uppgiftskällor',
        recipients: '8. Regelbundna utlämnanden av uppgifter',
        transfers: '9. Överföring av uppgifter utanför EU eller EES',
        retention: '10. Lagringstid för personuppgifter',
        security: '11. Principer för skyddet av registret',
        rights: '12. Den registrerades rättigheter',
      },
      businessId: 'FO-nummer: {{businessId}}',
      noDataProtectionOfficer:
        'Den personuppgiftsansvarige har inte utsett något dataskyddsombud. Frågor om dataskydd kan skickas till kontaktpersonen ovan.',
      legalBasesIntro: 'Behandlingen grundar sig på följande:',
      legalBases: {
        consent: 'den registrerades samtycke (artikel 6.1 a i dataskyddsförordningen)',
        contract:
          'ett avtal med den registrerade eller åtgärder på dennes begäran innan ett avtal ingås (artikel 6.1 b)',
        legalObligation: 'en rättslig förpliktelse för den personuppgiftsansvarige (artikel 6.1 c)',
        vitalInterests: 'den registrerades eller en annan persons grundläggande intressen (artikel 6.1 d)',
        publicTask: 'en uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e)',
        legitimateInterests: 'den personuppgiftsansvariges berättigade intresse (artikel 6.1 f)',
      },
      consentPurposesIntro:
        'Med den registrerades samtycke används uppgifterna dessutom för följande ändamål:',
      consentPurposes: {
        newsletter: 'utskick av nyhetsbrev',
        marketing: 'marknadsföring',
        alumniCommunication: 'kommunikation med alumner',
        eventInformation: 'information om evenemang',
        mentoring: 'mentorsverksamhet',
      },
      dataSubjectsIntro: 'Registret innehåller uppgifter om följande personer:',
      personDataIntro: 'Följande uppgifter kan registreras om en person:',
      personFields: {
        name: 'förnamn, efternamn och tilltalsnamn',
        formerLastNames: 'tidigare efternamn',
        birthDate: 'födelsedatum',
        title: 'titel',
        categories: 'kategorier (se nedan)',
        contactLanguage: 'kontaktspråk',
        nationality: 'medborgarskap',
        emails: 'e-postadresser',
        phones: 'telefonnummer',
        addresses: 'post- och besöksadresser',
        links: 'adresser till webbplatser och sociala medier',
        notes: 'anteckningar skrivna av den personuppgiftsansvariges personal',
        status: 'om personen är aktiv i registret',
        owningUnit: 'den enhet hos den personuppgiftsansvarige som ansvarar för uppgifterna',
        history: 'när och av vem uppgifterna har registrerats och ändrats',
      },
      affiliations:
        'anknytningar till organisationer: organisation, uppgift eller titel, avdelning, start- och slutdatum, huvudorganisation',
      personCategoriesIntro: 'Personerna delas in i följande kategorier:',
      organisationData:
        'Om organisationer innehåller registret namn, FO-nummer, kontaktuppgifter och följande kategorier:',
      transfersNone:
        'Personuppgifter överförs inte utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet.',
      transfersWithSafeguards:
        'Personuppgifter överförs utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet med följande skyddsåtgärder:',
      retentionRulesIntro: 'Personuppgifterna lagras enligt följande:',
      periods: {
        days_one: '{{count}} dag',
        days_other: '{{count}} dagar',
        months_one: '{{count}} månad',
        months_other: '{{count}} månader',
        years_one: '{{count}} år',
        years_other: '{{count}} år',
      },
      securityOfKontakt:
        'Registret förs i applikationen Kontakt. Uppgifterna lagras krypterade (AES-256-GCM) och kan läsas först när registret har låsts upp med dess lösenfras.',
      rightsIntro:
        'Den registrerade har följande rättigheter enligt dataskyddsförordningen. Begäran riktas till kontaktpersonen ovan.',
      rights: {
        access:
          'Rätt till tillgång: att få veta om uppgifter om en själv behandlas och att få en kopia av dem (artikel 15).',
        rectification:
          'Rätt till rättelse: att få felaktiga eller ofullständiga uppgifter rättade (artikel 16).',
        erasure:
          'Rätt till radering: att få uppgifterna raderade när det inte längre finns grund för att lagra dem (artikel 17).',
        restriction:
          'Rätt till begränsning av behandlingen, till exempel medan uppgifternas riktighet kontrolleras (artikel 18).',
        portability:
          'Rätt till dataportabilitet: att få de uppgifter man själv lämnat i maskinläsbar form när behandlingen grundar sig på samtycke eller avtal (artikel 20).',
        objection:
          'Rätt att invända mot behandling som grundar sig på berättigat eller allmänt intresse, och när som helst mot direktmarknadsföring (artikel 21).',
        withdrawConsent:
          'Rätt att när som helst återkalla sitt samtycke, utan att det påverkar lagligheten av behandlingen före återkallelsen (artikel 7.3).',
        complaint:
          'Rätt att lämna klagomål till tillsynsmyndigheten om den registrerade anser att behandlingen av uppgifterna strider mot lagen (artikel 77):',
      },
      authority: 'Dataombudsmannens byrå, PB 800, 00531 Helsingfors, tietosuoja@om.fi, www.tietosuoja.fi/sv',
      missing: '[saknas: {{field}}]',
      untranslated: '({{language}}, inte översatt)',
      inLanguage: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
    },
  },
});
