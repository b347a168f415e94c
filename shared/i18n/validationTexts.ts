import type { ValidationCode } from '../validation/fieldResult';

export type ValidationLanguage = 'en' | 'fi' | 'sv';

/**
 * Texts for validation codes, with i18next interpolation for the params listed in
 * validationCodeParams (shared/validation/fieldResult.ts). Counts are kept out of the grammar
 * ("at most {{max}}" in parentheses) so the texts stay correct without plural forms.
 * Swedish follows Finland-Swedish usage where the two differ (FO-nummer for Y-tunnus).
 */
export const validationTexts: Record<ValidationLanguage, Record<ValidationCode, string>> = {
  en: {
    required: 'This field is required.',
    tooLong: 'This is too long (at most {{max}} characters).',
    tooMany: 'There are too many entries (at most {{max}}).',
    invalidEmail: 'Please check the email address (e.g. name@example.com).',
    invalidPhone: 'Please check the phone number. For a foreign number, include the country code (e.g. +46).',
    invalidBusinessId: 'Please check the business ID. The format is 1234567-8.',
    businessIdCheckDigit:
      'The check digit of the business ID does not match (it should be {{expected}}). Please also check the other digits.',
    invalidPostalCode: 'Please check the postal code.',
    invalidUrl: 'Please check the web address (e.g. www.example.com).',
    invalidDate: 'Please enter a valid date (e.g. 31.12.2024 or 2024-12-31).',
    dateInFuture: 'The date cannot be in the future.',
    dateTooOld: 'The date cannot be before {{minYear}}.',
    notAllowed: 'This value cannot be used.',
    invalidCountry: 'Please check the country (a two-letter code such as FI or SE).',
    endBeforeStart: 'The end date cannot be before the start date.',
    invalidNumber: 'Please enter a number (e.g. 25 or 1 234,50).',
    numberTooSmall: 'The number cannot be less than {{min}}.',
    numberTooLarge: 'The number cannot be greater than {{max}}.',
    notWholeNumber: 'Please enter a whole number.',
    invalidTime: 'Please enter a valid time (e.g. 9.30 or 14:00).',
    invalidReferenceNumber:
      'Please check the reference number: the check digit does not match (Finnish reference e.g. 1232, or RF11 1232).',
  },
  fi: {
    required: 'Tämä kenttä on pakollinen.',
    tooLong: 'Teksti on liian pitkä (enintään {{max}} merkkiä).',
    tooMany: 'Kohteita on liikaa (enintään {{max}}).',
    invalidEmail: 'Tarkista sähköpostiosoite (esim. nimi@esimerkki.fi).',
    invalidPhone: 'Tarkista puhelinnumero. Lisää ulkomaiseen numeroon maatunnus (esim. +46).',
    invalidBusinessId: 'Tarkista Y-tunnus. Oikea muoto on 1234567-8.',
    businessIdCheckDigit:
      'Y-tunnuksen tarkistusmerkki ei täsmää (pitäisi olla {{expected}}). Tarkista myös muut numerot.',
    invalidPostalCode: 'Tarkista postinumero.',
    invalidUrl: 'Tarkista verkko-osoite (esim. www.esimerkki.fi).',
    invalidDate: 'Tarkista päivämäärä (esim. 31.12.2024).',
    dateInFuture: 'Päivämäärä ei voi olla tulevaisuudessa.',
    dateTooOld: 'Päivämäärä ei voi olla ennen vuotta {{minYear}}.',
    notAllowed: 'Tätä arvoa ei voi käyttää.',
    invalidCountry: 'Tarkista maa (kaksikirjaiminen maakoodi, esim. FI tai SE).',
    endBeforeStart: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
    invalidNumber: 'Anna luku (esim. 25 tai 1 234,50).',
    numberTooSmall: 'Luku ei voi olla pienempi kuin {{min}}.',
    numberTooLarge: 'Luku ei voi olla suurempi kuin {{max}}.',
    notWholeNumber: 'Anna kokonaisluku.',
    invalidTime: 'Tarkista kellonaika (esim. 9.30 tai 14.00).',
    invalidReferenceNumber:
      'Tarkista viitenumero: tarkiste ei täsmää (kotimainen viite esim. 1232 tai RF-viite RF11 1232).',
  },
  sv: {
    required: 'Det här fältet är obligatoriskt.',
    tooLong: 'Texten är för lång (högst {{max}} tecken).',
    tooMany: 'Det finns för många poster (högst {{max}}).',
    invalidEmail: 'Kontrollera e-postadressen (t.ex. namn@exempel.fi).',
    invalidPhone: 'Kontrollera telefonnumret. Ange landsnumret för utländska nummer (t.ex. +46).',
    invalidBusinessId: 'Kontrollera FO-numret. Rätt format är 1234567-8.',
    businessIdCheckDigit:
      'FO-numrets kontrollsiffra stämmer inte (den borde vara {{expected}}). Kontrollera även de övriga siffrorna.',
    invalidPostalCode: 'Kontrollera postnumret.',
    invalidUrl: 'Kontrollera webbadressen (t.ex. www.exempel.fi).',
    invalidDate: 'Kontrollera datumet (t.ex. 31.12.2024 eller 2024-12-31).',
    dateInFuture: 'Datumet kan inte vara i framtiden.',
    dateTooOld: 'Datumet kan inte vara före år {{minYear}}.',
    notAllowed: 'Det här värdet kan inte användas.',
    invalidCountry: 'Kontrollera landet (en landskod med två bokstäver, t.ex. FI eller SE).',
    endBeforeStart: 'Slutdatumet kan inte vara före startdatumet.',
    invalidNumber: 'Ange ett tal (t.ex. 25 eller 1 234,50).',
    numberTooSmall: 'Talet kan inte vara mindre än {{min}}.',
    numberTooLarge: 'Talet kan inte vara större än {{max}}.',
    notWholeNumber: 'Ange ett heltal.',
    invalidTime: 'Kontrollera klockslaget (t.ex. 9.30 eller 14.00).',
    invalidReferenceNumber:
      'Kontrollera referensnumret: kontrollsiffran stämmer inte (inhemsk referens t.ex. 1232 eller RF11 1232).',
  },
};
