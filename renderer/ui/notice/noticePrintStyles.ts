/**
 * While the notice page is shown, printing (and Electron's printToPDF, which uses print media) leaves
 * out the app bar, navigation, notices and page controls, lets the page run over several A4 sheets
 * (the app shell is a fixed-height scroll box on screen) and prints black on white.
 */
export const noticePrintStyles = `
@media print {
  @page { size: A4; margin: 18mm 20mm 20mm; }
  html, body, #root { height: auto !important; overflow: visible !important; background: #fff !important; }
  #root > div { display: block !important; height: auto !important; }
  header.MuiAppBar-root, .MuiDrawer-root, nav, .MuiSnackbar-root, main > .MuiToolbar-root,
  [data-print='hide'] { display: none !important; }
  main, main > div { display: block !important; overflow: visible !important; padding: 0 !important;
    height: auto !important; background: #fff !important; }
  .privacy-notice { border: none !important; padding: 0 !important; max-width: none !important;
    color: #000 !important; background: #fff !important; font-size: 10.5pt; line-height: 1.45; }
  .privacy-notice h2 { font-size: 18pt !important; }
  .privacy-notice h3 { font-size: 12pt !important; margin-top: 14pt !important; }
  .privacy-notice .notice-lead, .privacy-notice .notice-untranslated { color: #333 !important; }
  .privacy-notice .notice-gap { background: none !important; color: #000 !important;
    border: 1px dashed #000; }
}
`;
