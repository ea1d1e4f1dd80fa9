
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's49e6f7dd6f316b12': `Työparityöskentelyn arviointilomake`,
'sddffe687829a27f1': `Kokemustoimija`,
's5289897d731f5dbc': `Tämän arviointilomakkeen tarkoituksena on arvioida yhteistyön onnistumista, työparityöskentelyn hyötyjä sekä kehittämistarpeita. Vastauksia voidaan hyödyntää toiminnan kehittämisessä.`,
'sfc958e3f361cc08d': `Molemmat työparityöskentelyn osapuolet täyttävät oman arviointilomakkeensa. Molemmissa lomakkeissa A kohdasta löytyvät samat, mutta B osion kysymykset ovat yksilöidyt. Täyttämisen jälkeen vastaukset käydään läpi yhdessä keskustellen.`,
's478b44678c9c4ad4': `HUOM! Kysythän luvan, jos haluat käyttää suoria lainauksia raporteissa tai viestinnässä.`,
's659ce9a349fb9eff': `täysin eri mieltä`,
's222e993c26d9507e': `täysin samaa mieltä`,
's83ea980ce40645ac': `Toiminnan muoto`,
's66acfa1d538f494a': `Esimerkiksi vertaistukiryhmä tai yksilötapaaminen.`,
's02ca08f54e795dd4': `Yhteistyön kesto`,
'se4f2b305e715e831': `Esimerkiksi 3 kuukautta tai 10 tapaamista.`,
's7f09c6169d954f34': `Osio A`,
's249f892e66c7de87': `Arvioi seuraavia väittämiä asteikolla 1-5`,
's14ed28532b3a84ca': `Yhteiset tavoitteet olivat selkeät`,
'se53a73b0ee86e582': `Roolit ja vastuut olivat selkeät`,
's555f2c5e34ef5bdc': `Yhteistyö oli tasavertaista`,
'sdbd09d71c966dd4e': `Vuorovaikutus työparin kanssa oli toimivaa`,
's6a71db51688dcfd0': `Minua kuultiin ja arvostettiin yhteistyössä`,
's3f7113afe05509b1': `Yhteinen suunnittelu sujui hyvin`,
's7665a174d434c87e': `Yhteinen toteutus sujui hyvin`,
's2e6c5e35f1609611': `Työparityöskentelystä oli hyötyä ryhmälle/toiminnalle`,
'sdf28b1f5a788407c': `Haluaisin tehdä vastaavaa yhteistyötä uudelleen`,
'sf9e808ea1bc6cfa9': `Mikä yhteistyössä onnistui erityisen hyvin?`,
'sc90ec143e83921db': `Mitkä asiat olivat yhteistyössä haastavia?`,
's68062c1ec27af72c': `Mitä kehittäisit tulevaisuutta varten?`,
's7f09c9169d95544d': `Osio B`,
's2f460689351e7ed9': `Työparityöskentely vahvisti uskoani omiin kykyihini`,
'safd3553f2a3a78b1': `Koin osaamiseni tärkeäksi ja hyödylliseksi`,
'sc1db4830f09ae605': `Sain käyttää kokemustani merkityksellisellä tavalla`,
's3a39382a2d6fd227': `Rohkeuteni osallistua ja vaikuttaa lisääntyi`,
'saebc056a065f55f9': `Työparityöskentely lisäsi osallisuuden kokemustani`,
's7e8ac49a53ecbcc6': `Toiminta tuki tulevaisuuden valmiuksiani (esim. työ, opiskelu, vapaaehtoisuus)`,
'sf53d3ea5da3a9b6b': `Mitä työparityöskentely antoi sinulle henkilökohtaisesti?`,
'safafff219b61f9b5': `Miten yhteistyö vahvisti toimijuuttasi tai osallisuuttasi?`,
's6b79d6f5854e8f1e': `Mitä opit itsestäsi tämän kokemuksen kautta?`,
's8ac262f5d7b91bcd': `Suositteletko tällaista työparimallia muille kokemustoimijoille? Miksi / miksi et?`,
's741c9de78e0323dd': `Vastauksiani saa lainata suoraan raporteissa tai viestinnässä.`,
's3b9387a7e6766073': `Jos jätät kohdan tyhjäksi, vastauksiasi ei lainata suoraan.`,
's1d380f482dc3761f': `Ammattilainen`,
'sa13131b27be5a27d': `Kokemustoimijan mukanaolo toi lisäarvoa toimintaan`,
's2d5ee3ff966e26f8': `Yhteistyö lisäsi ymmärrystäni osallistujien arjesta`,
's66d86d41942c6989': `Työparityöskentely kehitti omaa ammatillista osaamistani`,
'sbcdfc435b2249c5c': `Haluaisin hyödyntää työparityöskentelyä jatkossa`,
's771943591f619610': `Mitä opit työparityöskentelyn kautta kokemustoimijalta?`,
's0ed1f2348ebdcf03': `Miten yhteistyö vaikutti omaan työskentelyysi tai ajatteluusi ammattilaisena?`,
's9da6213fe6940553': `Mitä huomioisit jatkossa vastaavaa yhteistyötä toteuttaessa?`,
'sc9f38dccce84f4d7': `Suositteletko tällaista työparimallia muille ammattilaisille? Miksi/miksi et?`,
    };
  