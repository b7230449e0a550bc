// Demo texts (Finnish); see sv.mjs.
export default {
  roles: {
    contactPerson: {
      title: 'Tukihenkilö',
      summary: 'Tapaat lasta tai nuorta muutaman tunnin viikossa ja teette yhdessä asioita, joista kumpikin pitää.',
      week: [
        'Tukihenkilö (ruotsiksi kontaktperson) tapaa lasta tai nuorta noin kerran viikossa, yleensä muutaman tunnin ajan iltapäivällä tai viikonloppuna. Voitte esimerkiksi käydä kahvilla, pelata jalkapalloa, mennä elokuviin tai jutella koulusta.',
        'Olet aikuinen, johon voi luottaa – et opettaja etkä terapeutti. Tärkeintä on, että olet lapsen tukena säännöllisesti ja pitkän aikaa.',
      ],
      children: ['Lapset ja nuoret ovat 7–20-vuotiaita. Monella on ympärillään vain vähän aikuisia, joillakin on vanhempi, joka on sairas tai jolla on vaikeaa, ja jotkut tarvitsevat apua päästäkseen liikkeelle ja tapaamaan muita.'],
      support: ['Saat sosiaalipalveluista oman yhteyshenkilön, jolle voit soittaa aina, kun jokin asia mietityttää. Kutsumme sinut tapaamisiin muiden tukihenkilöiden kanssa sekä peruskoulutukseen, joka järjestetään kahtena iltana.'],
      compensation: ['Saat palkkion, tässä esimerkissä 1 200–2 000 kruunua kuukaudessa tehtävästä riippuen, sekä korvauksen kuluista, kuten bussilipuista ja aktiviteeteista. Palkkio on veronalaista tuloa.'],
      assessment: ['Käymme kanssasi yhden tai kaksi keskustelua, puhumme kahden suosittelijasi kanssa ja tarkistamme suostumuksellasi poliisin rikosrekisterin. Tämä kestää yleensä neljästä kahdeksaan viikkoa.'],
      faq: [
        { q: 'Pitääkö minulla olla omia lapsia?', a: 'Ei. Tärkeintä on, että viihdyt lasten ja nuorten kanssa ja sinulla on aikaa säännöllisesti.' },
        { q: 'Voinko olla tukihenkilö, jos teen kokoaikatyötä?', a: 'Kyllä. Useimmat tukihenkilöt käyvät töissä ja tapaavat lasta iltaisin tai viikonloppuisin.' },
        { q: 'Kuinka kauan tehtävä kestää?', a: 'Yleensä vähintään vuoden. Seuraamme tehtävän sujumista yhdessä sinun ja perheen kanssa puolen vuoden välein.' },
      ],
    },
    contactFamily: {
      title: 'Tukiperhe',
      summary: 'Lapsi on luonanne yhden viikonlopun kuukaudessa, jotta lapsi ja hänen perheensä saavat levätä ja lapsi saa uusia aikuisia, joihin hän voi luottaa.',
      week: [
        'Tukiperhe (ruotsiksi kontaktfamilj) ottaa lapsen kotiinsa, yleensä yhtenä viikonloppuna kuukaudessa perjantaista sunnuntaihin. Lapsi on mukana siinä, mitä muutenkin teette: laitatte ruokaa, käytte leikkipuistossa tai kyläilette sukulaisten luona.',
        'Näin lapsi saa useampia aikuisia, joihin hän voi luottaa, ja lapsen vanhemmat saavat hieman lepoa.',
      ],
      children: ['Lapset ovat yleensä 3–15-vuotiaita. Heidän vanhemmillaan voi olla sairaus, vamma tai juuri nyt raskas elämäntilanne, ja perhe on itse pyytänyt tukea.'],
      support: ['Saatte sosiaalipalveluista oman yhteyshenkilön, peruskoulutuksen ja tapaamisia muiden tukiperheiden kanssa. Suunnittelemme jokaisen tehtävän yhdessä teidän ja lapsen perheen kanssa.'],
      compensation: ['Saatte palkkion vuorokaudelta, tässä esimerkissä 350–500 kruunua, sekä kulukorvauksen ruoasta, matkoista ja aktiviteeteista. Palkkio on veronalaista tuloa, kulukorvaus ei ole.'],
      assessment: ['Käymme kaksi tai kolme keskustelua kaikkien kotitaloutenne aikuisten kanssa, teemme kotikäynnin ja puhumme suosittelijoidenne kanssa. Suostumuksellanne tarkistamme poliisin rikosrekisterin ja sosiaalipalvelujen rekisterit. Tämä kestää yleensä kahdesta kolmeen kuukautta.'],
      faq: [
        { q: 'Tarvitseeko lapsi oman huoneen?', a: 'Ei, mutta lapsi tarvitsee oman sängyn ja paikan tavaroilleen.' },
        { q: 'Voimmeko valita, mikä viikonloppu sopii?', a: 'Kyllä. Sovimme viikonloput yhdessä teidän ja lapsen perheen kanssa.' },
        { q: 'Voimmeko olla tukiperhe, jos asumme kerrostalossa?', a: 'Kyllä. Tärkeintä on, että lapsi saa turvallisuutta ja aikaa kanssanne – ei se, kuinka suuri kotinne on.' },
      ],
    },
    familyHome: {
      title: 'Sijaisperhe',
      summary: 'Lapsi, joka ei voi asua vanhempiensa kanssa, asuu luonanne – joskus muutaman kuukauden, joskus siihen asti, kun hän on aikuinen.',
      week: [
        'Sijaisperhe (ruotsiksi familjehem) ottaa luokseen lapsen, joka asuu perheessä pidemmän aikaa. Lapsi käy koulua, harrastaa ja on osa arkeanne.',
        'Autatte lasta pitämään yhteyttä vanhempiinsa ja sisaruksiinsa, ja teette yhteistyötä sosiaalipalvelujen, koulun ja terveydenhuollon kanssa.',
      ],
      children: ['Kaikenikäisiä lapsia vauvoista teini-ikäisiin, ja joskus sisaruksia, joiden on tarkoitus asua yhdessä. Moni lapsi on kokenut vaikeita asioita ja tarvitsee aikuisia, jotka pysyvät hänen elämässään.'],
      support: ['Saatte oman sijaisperheistä vastaavan sosiaalityöntekijän, peruskoulutuksen (”Ett hem att växa i” eli ”Koti, jossa kasvaa”), työnohjausta ja tapaamisia muiden sijaisperheiden kanssa. Meidät tavoittaa ympäri vuorokauden, jos jotain kiireellistä tapahtuu.'],
      compensation: ['Saatte joka kuukausi palkkion ja kulukorvauksen lapsen iän ja tarpeiden mukaan. Tässä esimerkissä palkkio on 6 000–12 000 kruunua ja kulukorvaus 5 000–7 500 kruunua kuukaudessa.'],
      assessment: ['Selvitystä kutsutaan sijaisperheselvitykseksi (familjehemsutredning). Siihen kuuluu useita keskusteluja kaikkien kotitaloutenne jäsenten kanssa, kotikäyntejä, suosittelijoiden haastattelut sekä suostumuksellanne tarkistukset poliisin rikosrekisteristä, sosiaalipalvelujen rekistereistä ja Ulosottoviranomaisen (Kronofogden) rekisteristä. Selvitys kestää yleensä kolmesta neljään kuukautta.'],
      faq: [
        { q: 'Voiko sijaisperheenä käydä töissä?', a: 'Kyllä, usein. Joskus toisen teistä täytyy olla alussa enemmän kotona, ja suunnittelemme sen yhdessä.' },
        { q: 'Pitääkö meidän olla pariskunta?', a: 'Ei. Myös yksin elävä voi ryhtyä sijaisvanhemmaksi.' },
        { q: 'Saako lapsi tavata vanhempiaan?', a: 'Kyllä, yleensä. Se, miten ja kuinka usein, päätetään sen mukaan, mikä on lapselle parasta.' },
      ],
    },
    emergencyHome: {
      title: 'Päivystyskoti',
      summary: 'Otatte lapsen vastaan lyhyellä varoitusajalla, usein samana päivänä, ja annatte hänelle turvallisen kodin, kunnes pidempiaikainen ratkaisu löytyy.',
      week: [
        'Päivystyskoti (kriisiperhe, ruotsiksi jourhem) ottaa lapsen vastaan, kun jotain kiireellistä on tapahtunut, usein vain muutaman tunnin varoitusajalla. Lapsi asuu luonanne muutaman viikon tai kuukauden, sillä aikaa kun sosiaalipalvelut selvittävät, mitä lapsi tarvitsee.',
        'Ainakin yhden aikuisen täytyy voida olla kotona päivisin, varsinkin alussa.',
      ],
      children: ['Kaikenikäisiä lapsia, jotka tarvitsevat turvallisen kodin heti. Lapsi voi olla huolestunut ja väsynyt, ja hän tarvitsee rauhaa, säännöllisiä rutiineja ja aikuisia, jotka pitävät hänestä huolta.'],
      support: ['Saatte sosiaalipalveluista oman yhteyshenkilön, jonka tavoitatte ympäri vuorokauden, koulutuksen ennen kuin otatte vastaan ensimmäisen lapsen sekä työnohjausta sinä aikana, kun lapsi asuu luonanne.'],
      compensation: ['Saatte palkkion myös silloin, kun luonanne ei ole sijoitettuna lasta (valmiusaika), sekä korkeamman palkkion ja kulukorvauksen, kun lapsi asuu luonanne. Tässä esimerkissä palkkio valmiusajalta on 9 000 kruunua kuukaudessa.'],
      assessment: ['Sama selvitys kuin sijaisperheille: keskusteluja, kotikäyntejä, suosittelijat ja suostumuksellanne rekisteritarkistukset. Käymme myös läpi, miten voitte ottaa lapsen vastaan lyhyellä varoitusajalla.'],
      faq: [
        { q: 'Kuinka usein lapsia tulee?', a: 'Se vaihtelee. Joskus luonanne asuu lapsi lähes koko ajan, joskus välissä on muutama viikko.' },
        { q: 'Voimmeko joskus kieltäytyä?', a: 'Kyllä. Voitte aina sanoa, ettei juuri silloin sovi.' },
        { q: 'Mitä meillä pitää olla kotona?', a: 'Oma huone lapselle, sänky ja lasten turvaistuin autoon tai mahdollisuus lainata sellainen. Muussa autamme.' },
      ],
    },
  },
  selfCheck: {
    adult: { q: 'Oletko vähintään 21-vuotias?', help: 'Kaikkiin tehtäviin voi ilmoittaa kiinnostuksensa 21 vuoden iästä alkaen.' },
    time: { q: 'Onko sinulla aikaa muutama tunti viikossa, joka viikko, vähintään vuoden ajan?', help: 'Lapset tarvitsevat aikuisia, jotka pysyvät heidän elämässään.' },
    weekends: { q: 'Voisiko lapsi olla luonanne yhden viikonlopun kuukaudessa?', help: 'Näin tukiperheet yleensä tapaavat lasta.' },
    room: { q: 'Onko teillä huone, jonka lapsi voisi saada omakseen?', help: 'Sijaisperheissä ja päivystyskodeissa lapsella pitää olla oma huone.' },
    home: { q: 'Voiko joku kotitaloutenne aikuisista olla tarvittaessa kotona päivisin?', help: 'Päivystyskodit ottavat lapsia vastaan lyhyellä varoitusajalla, ja alussa lapsen kanssa tarvitaan aikuinen kotiin.' },
    shortNotice: { q: 'Voisitteko ottaa lapsen vastaan samana päivänä, kun soitamme?', help: 'Juuri sitä päivystyskoti tekee.' },
    longTerm: { q: 'Voisitteko kuvitella, että lapsi asuu luonanne useita vuosia?', help: 'Moni sijaisperheessä asuva lapsi asuu perheessä aikuiseksi asti.' },
    parents: { q: 'Voisitteko auttaa lasta pitämään yhteyttä vanhempiinsa silloinkin, kun se on vaikeaa?', help: 'Vanhemmat ovat lapselle tärkeitä, vaikka lapsi ei asuisi heidän kanssaan.' },
    household: { q: 'Ovatko kaikki kotitaloutenne aikuiset ajatuksen takana?', help: 'Kaikista, jotka asuvat kanssanne, tulee osa lapsen arkea.' },
    stable: { q: 'Onko elämässänne nyt rauhallinen vaihe, eikä suuria muutoksia ole tulossa lähimmän vuoden aikana?', help: 'Esimerkiksi muutto, ero tai vakava sairaus. Kiinnostuksen voi usein ilmoittaa myöhemmin.' },
    cooperate: { q: 'Haluatko tehdä yhteistyötä sosiaalipalvelujen, koulun ja muiden lapsen lähellä olevien kanssa?', help: 'Teistä tulee osa lapsen ympärillä toimivaa tiimiä.' },
    record: { q: 'Sopiiko, että tarkistamme rekisterit myöhemmin suostumuksellasi?', help: 'Tarkistus tehdään vasta selvityksen aikana, ei koskaan täällä.' },
  },
};
