// Demo texts (Swedish) for becoming a contact person, contact family, family home or emergency
// home, and the "Could this be us?" self-check. A SAMPLE municipality: the amounts are examples.
export default {
  roles: {
    contactPerson: {
      title: 'Kontaktperson',
      summary: 'Du träffar ett barn eller en ung person några timmar i veckan och gör sådant ni båda tycker om.',
      week: [
        'En kontaktperson träffar ett barn eller en ung person ungefär en gång i veckan, oftast några timmar på en eftermiddag eller en helg. Ni kanske fikar, spelar fotboll, går på bio eller pratar om skolan.',
        'Du är en vuxen att lita på, inte en lärare eller behandlare. Det viktiga är att du finns där, regelbundet och under lång tid.',
      ],
      children: ['Barnen och ungdomarna är mellan 7 och 20 år. Många har få vuxna omkring sig, en del har en förälder som är sjuk eller har det svårt, och några behöver hjälp att komma ut och träffa andra.'],
      support: ['Du får en kontaktperson på socialtjänsten som du kan ringa när du undrar något. Vi bjuder in till träffar med andra kontaktpersoner och till en grundutbildning på två kvällar.'],
      compensation: ['Du får ett arvode, i exemplet 1 200–2 000 kronor i månaden beroende på uppdraget, och ersättning för omkostnader som bussbiljetter och aktiviteter. Arvodet är skattepliktigt.'],
      assessment: ['Vi träffar dig för ett eller två samtal, pratar med två referenser och gör, med ditt samtycke, en kontroll i polisens belastningsregister. Det tar oftast fyra till åtta veckor.'],
      faq: [
        { q: 'Måste jag ha egna barn?', a: 'Nej. Det viktiga är att du tycker om att vara med barn och unga och har tid regelbundet.' },
        { q: 'Kan jag vara kontaktperson om jag arbetar heltid?', a: 'Ja. De flesta kontaktpersoner arbetar och träffar barnet på kvällar eller helger.' },
        { q: 'Hur länge varar ett uppdrag?', a: 'Oftast minst ett år. Vi följer upp uppdraget tillsammans med dig och familjen varje halvår.' },
      ],
    },
    contactFamily: {
      title: 'Kontaktfamilj',
      summary: 'Ett barn bor hos er någon helg i månaden, så att barnet och familjen får vila och nya vuxna att lita på.',
      week: [
        'En kontaktfamilj tar emot ett barn hemma, oftast en helg i månaden från fredag till söndag. Barnet är med i det ni ändå gör: lagar mat, går till lekplatsen, hälsar på släkt.',
        'Det ger barnet fler vuxna att lita på och ger barnets föräldrar lite vila.',
      ],
      children: ['Barnen är oftast mellan 3 och 15 år. Deras föräldrar kan ha en sjukdom, en funktionsnedsättning eller ett tungt liv just nu, och familjen har själv bett om stöd.'],
      support: ['Ni får en egen kontakt på socialtjänsten, en grundutbildning och träffar med andra kontaktfamiljer. Vi planerar varje uppdrag tillsammans med er och barnets familj.'],
      compensation: ['Ni får ett arvode per dygn, i exemplet 350–500 kronor, och en omkostnadsersättning för mat, resor och aktiviteter. Arvodet är skattepliktigt, omkostnaderna är det inte.'],
      assessment: ['Vi gör två eller tre samtal med alla vuxna i hushållet, ett hembesök och pratar med referenser. Med ert samtycke kontrollerar vi polisens belastningsregister och socialtjänstens register. Det tar oftast två till tre månader.'],
      faq: [
        { q: 'Behöver barnet ett eget rum?', a: 'Nej, men barnet behöver en egen säng och en plats för sina saker.' },
        { q: 'Kan vi välja vilken helg?', a: 'Ja. Vi bestämmer helgerna tillsammans med er och barnets familj.' },
        { q: 'Kan vi vara kontaktfamilj om vi bor i lägenhet?', a: 'Ja. Det viktiga är att barnet får trygghet och tid med er, inte hur stort ni bor.' },
      ],
    },
    familyHome: {
      title: 'Familjehem',
      summary: 'Ett barn som inte kan bo med sina föräldrar bor hos er, ibland några månader och ibland tills barnet är vuxet.',
      week: [
        'Ett familjehem tar emot ett barn som ska bo hos familjen under en längre tid. Barnet går i skolan, har fritidsaktiviteter och är en del av er vardag.',
        'Ni hjälper barnet att hålla kontakten med sina föräldrar och syskon, och ni samarbetar med socialtjänsten, skolan och vården.',
      ],
      children: ['Barn i alla åldrar, från spädbarn till tonåringar, och ibland syskon som ska få bo tillsammans. Många barn har varit med om svåra saker och behöver vuxna som stannar kvar.'],
      support: ['Ni får en egen familjehemssekreterare, en grundutbildning (Ett hem att växa i), handledning och träffar med andra familjehem. Vi finns att nå dygnet runt om något akut händer.'],
      compensation: ['Ni får ett arvode och en omkostnadsersättning per månad, efter barnets ålder och behov. I exemplet är arvodet 6 000–12 000 kronor och omkostnadsersättningen 5 000–7 500 kronor i månaden.'],
      assessment: ['Utredningen kallas familjehemsutredning. Den innehåller flera samtal med alla i hushållet, hembesök, referenser och, med ert samtycke, kontroller i polisens belastningsregister, socialtjänstens register och Kronofogdens register. Den tar oftast tre till fyra månader.'],
      faq: [
        { q: 'Kan man vara familjehem och arbeta?', a: 'Ja, ofta. Ibland behöver en av er vara hemma mer den första tiden, och det planerar vi tillsammans.' },
        { q: 'Måste vi vara ett par?', a: 'Nej. Ensamstående kan också bli familjehem.' },
        { q: 'Får barnet träffa sina föräldrar?', a: 'Ja, oftast. Hur och hur ofta bestäms utifrån vad som är bäst för barnet.' },
      ],
    },
    emergencyHome: {
      title: 'Jourhem',
      summary: 'Ni tar emot ett barn med kort varsel, ofta samma dag, och ger barnet ett tryggt hem tills en längre lösning finns.',
      week: [
        'Ett jourhem tar emot ett barn när något akut har hänt, ofta med bara några timmars varsel. Barnet bor hos er i några veckor eller månader medan socialtjänsten utreder vad barnet behöver.',
        'Minst en vuxen behöver kunna vara hemma på dagarna, särskilt i början.',
      ],
      children: ['Barn i alla åldrar som behöver ett tryggt hem direkt. Barnet kan vara oroligt och trött, och behöver lugn, rutiner och vuxna som tar hand om det.'],
      support: ['Ni får en egen kontakt på socialtjänsten som ni når dygnet runt, utbildning innan ni tar emot det första barnet och handledning medan barnet bor hos er.'],
      compensation: ['Ni får ett arvode också när ni inte har något barn placerat (beredskap), och ett högre arvode och omkostnader när ett barn bor hos er. I exemplet 9 000 kronor i månaden i beredskap.'],
      assessment: ['Samma utredning som för familjehem: samtal, hembesök, referenser och, med ert samtycke, registerkontroller. Vi går också igenom hur ni kan ta emot ett barn med kort varsel.'],
      faq: [
        { q: 'Hur ofta kommer det ett barn?', a: 'Det varierar. Ibland bor ett barn hos er nästan hela tiden, ibland går det några veckor mellan.' },
        { q: 'Kan vi säga nej en gång?', a: 'Ja. Ni kan alltid säga att det inte passar just då.' },
        { q: 'Vad behöver vi ha hemma?', a: 'Ett eget rum till barnet, en säng och en bilbarnstol eller möjlighet att låna. Resten hjälper vi till med.' },
      ],
    },
  },
  selfCheck: {
    adult: { q: 'Är du minst 21 år?', help: 'Vi tar emot intresseanmälningar från 21 år för alla uppdrag.' },
    time: { q: 'Har du tid några timmar i veckan, varje vecka, i minst ett år?', help: 'Barnen behöver vuxna som finns kvar.' },
    weekends: { q: 'Kan ett barn vara hos er någon helg i månaden?', help: 'Det är så kontaktfamiljer oftast träffar barnet.' },
    room: { q: 'Har ni ett rum som barnet kan ha för sig själv?', help: 'Familjehem och jourhem behöver ett eget rum till barnet.' },
    home: { q: 'Kan en vuxen i hushållet vara hemma på dagarna om det behövs?', help: 'Jourhem tar emot barn med kort varsel, och barnet behöver en vuxen hemma i början.' },
    shortNotice: { q: 'Skulle ni kunna ta emot ett barn samma dag som vi ringer?', help: 'Det är vad ett jourhem gör.' },
    longTerm: { q: 'Kan ni tänka er att ett barn bor hos er i flera år?', help: 'Många barn i familjehem bor kvar tills de är vuxna.' },
    parents: { q: 'Kan ni hjälpa barnet att hålla kontakt med sina föräldrar, också när det är svårt?', help: 'Barnets föräldrar är viktiga för barnet, även när barnet inte bor med dem.' },
    household: { q: 'Är alla vuxna i hushållet med på tanken?', help: 'Alla som bor hos er blir en del av barnets vardag.' },
    stable: { q: 'Har ni en lugn period i livet just nu, utan stora förändringar det närmaste året?', help: 'Till exempel flytt, separation eller allvarlig sjukdom. Det går ofta att anmäla intresse senare.' },
    cooperate: { q: 'Vill du samarbeta med socialtjänsten, skolan och andra runt barnet?', help: 'Ni blir en del av ett team kring barnet.' },
    record: { q: 'Går det bra att vi kontrollerar registren, med ditt samtycke, längre fram?', help: 'Kontrollen görs först i utredningen, aldrig här.' },
  },
};
