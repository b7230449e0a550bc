// Demo texts (Somali); see sv.mjs.
export default {
  roles: {
    contactPerson: {
      title: 'Qof xiriir',
      summary: 'Toddobaadkii dhowr saacadood ayaad la kulantaa ilmo ama qof dhallinyaro ah, waxaadna samaysaan waxyaabo aad labadiinuba jeceshihiin.',
      week: [
        'Qofka xiriirku wuxuu la kulmaa ilmo ama qof dhallinyaro ah qiyaastii hal mar toddobaadkii, badanaa dhowr saacadood galabtii ama dhammaadka toddobaadka. Waxaa laga yaabaa inaad wada cabtaan shaah ama kafee, kubbadda cagta ciyaartaan, shineemo aadaan ama ka sheekaysaan iskuulka.',
        'Waxaad tahay qof weyn oo lagu kalsoonaan karo, ma tihid macallin ama daaweeye. Waxa muhiimka ah waa inaad ilmaha la joogto, si joogto ah iyo muddo dheer.',
      ],
      children: ['Carruurta iyo dhallinyaradu waxay u dhexeeyaan 7 ilaa 20 sano. Qaar badan waxaa ku hareeraysan dad waaweyn oo tiro yar, qaar waxay leeyihiin waalid xanuunsan ama xaalad adag ku jira, qaarna waxay u baahan yihiin caawimaad si ay banaanka ugu baxaan oo ay ula kulmaan dad kale.'],
      support: ['Waxaad heli doontaa qof kuu gaar ah oo ka tirsan adeegga bulshada, oo aad wici karto markasta oo aad su\'aal qabto. Waxaan kugu martiqaadaynaa kulamo lala yeesho qofaf xiriir oo kale iyo koorso aasaasi ah oo socota laba fiid.'],
      compensation: ['Waxaad heli doontaa lacag gunno ah, tusaale ahaan 1,200–2,000 kroon bishii iyadoo ku xiran hawsha, iyo magdhow kharashyada sida tigidhada baska iyo hawlaha. Gunnada waa la cashuuraa.'],
      assessment: ['Waxaan kula yeelanaynaa hal ama laba wada-hadal, waxaan la hadlaynaa laba qof oo ku yaqaan (tixraac), haddii aad oggolaatona waxaan hubinaynaa diiwaanka dambiyada ee booliiska. Badanaa waxay qaadataa afar ilaa siddeed toddobaad.'],
      faq: [
        { q: 'Ma waxaan u baahanahay inaan anigu carruur leeyahay?', a: 'Maya. Waxa muhiimka ah waa inaad jeceshahay inaad la joogto carruurta iyo dhallinyarada, oo aad si joogto ah waqti u haysato.' },
        { q: 'Ma noqon karaa qof xiriir haddii aan shaqeeyo waqti buuxa?', a: 'Haa. Inta badan qofafka xiriirku way shaqeeyaan, waxayna ilmaha la kulmaan fiidkii ama dhammaadka toddobaadka.' },
        { q: 'Hawshu muddo intee le\'eg ayay socotaa?', a: 'Badanaa ugu yaraan hal sano. Lix biloodba mar ayaan hawsha dib ula eegnaa adiga iyo qoyska ilmaha.' },
      ],
    },
    contactFamily: {
      title: 'Qoys xiriir',
      summary: 'Ilmo ayaa idinla joogta hal dhammaad toddobaad bishii, si ilmaha iyo qoyskiisuba u helaan nasasho, ilmuhuna u helo dad waaweyn oo cusub oo uu ku kalsoonaan karo.',
      week: [
        'Qoyska xiriirku wuxuu gurigiisa ku soo dhaweeyaa ilmo, badanaa hal dhammaad toddobaad bishii, laga bilaabo jimcaha ilaa axadda. Ilmuhu wuxuu idinla qayb galaa waxaad caadi ahaan samaysaan: cunto karinta, aadidda goobta carruurta lagu ciyaaro iyo booqashada qaraabada.',
        'Taasi waxay ilmaha siisaa dad waaweyn oo badan oo uu ku kalsoonaan karo, waalidkiisana waxay siisaa xoogaa nasasho ah.',
      ],
      children: ['Carruurtu badanaa waxay u dhexeeyaan 3 ilaa 15 sano. Waalidkood waxaa laga yaabaa inay qabaan xanuun ama naafonimo, ama ay hadda ku jiraan xilli nololeed oo culus, qoyska laftiisa ayaana codsaday taageerada.'],
      support: ['Waxaad heli doontaan qof idiin gaar ah oo ka tirsan adeegga bulshada, koorso aasaasi ah iyo kulamo lala yeesho qoysas xiriir oo kale. Hawl kasta waxaan si wadajir ah u qorsheynaa idinka iyo qoyska ilmaha.'],
      compensation: ['Waxaad heli doontaan lacag gunno ah 24-kii saacadoodba, tusaale ahaan 350–500 kroon, iyo magdhow kharashka cuntada, safarka iyo hawlaha. Gunnada waa la cashuuraa, magdhowga kharashkuse lama cashuuro.'],
      assessment: ['Waxaan laba ama saddex wada-hadal la yeelanaynaa dhammaan dadka waaweyn ee gurigiinna ku nool, waxaan idiin imanaynaa booqasho guri, waxaanan la hadlaynaa dadka tixraaca ah. Haddii aad oggolaataan, waxaan hubinaynaa diiwaanka dambiyada ee booliiska iyo diiwaanka adeegga bulshada. Badanaa waxay qaadataa laba ilaa saddex bilood.'],
      faq: [
        { q: 'Ilmuhu ma u baahan yahay qol u gaar ah?', a: 'Maya, laakiin ilmuhu wuxuu u baahan yahay sariir u gaar ah iyo meel uu alaabtiisa dhigto.' },
        { q: 'Ma dooran karnaa dhammaadka toddobaadka?', a: 'Haa. Dhammaadyada toddobaadka waxaan si wadajir ah u go\'aaminaynaa idinka iyo qoyska ilmaha.' },
        { q: 'Ma noqon karnaa qoys xiriir haddii aan ku nool nahay guri dabaq ah (aparteemo)?', a: 'Haa. Waxa muhiimka ah waa in ilmuhu dareemo ammaan oo uu waqti idinla qaato, ee ma aha inta uu le\'eg yahay gurigiinnu.' },
      ],
    },
    familyHome: {
      title: 'Qoys koriye',
      summary: 'Ilmo aan la noolaan karin waalidkiis ayaa idinla nooli doona, mararka qaarkood dhowr bilood, mararka qaarkoodna ilaa uu ka weynaado.',
      week: [
        'Qoyska koriyuhu wuxuu soo dhaweeyaa ilmo muddo dheer la noolaan doona qoyska. Ilmuhu wuxuu aadaa iskuulka, wuxuu leeyahay hawlo waqtiga firaaqada ah, wuxuuna qayb ka yahay noloshiinna maalinlaha ah.',
        'Waxaad ilmaha ka caawisaan inuu xiriir la sii yeesho waalidkiis iyo walaalihiis, waxaadna la shaqaysaan adeegga bulshada, iskuulka iyo daryeelka caafimaadka.',
      ],
      children: ['Carruur da\' kasta leh, laga bilaabo dhallaan ilaa dhallinyaro, mararka qaarkoodna walaalo ay tahay inay wada noolaadaan. Carruur badan ayaa soo maray waxyaabo adag, waxayna u baahan yihiin dad waaweyn oo la sii jooga.'],
      support: ['Waxaad heli doontaan shaqaale adeegga bulshada ah oo idiin gaar ah oo mas\'uul ka ah qoysaska koriyayaasha ah, koorso aasaasi ah oo la yiraahdo "Ett hem att växa i" ("Guri lagu koro"), hagid xirfadeed iyo kulamo lala yeesho qoysas koriyayaal ah oo kale. Habeen iyo maalin waad na heli kartaan haddii wax degdeg ah dhacaan.'],
      compensation: ['Bil kasta waxaad heli doontaan lacag gunno ah iyo magdhow kharash, iyadoo ku xiran da\'da iyo baahiyaha ilmaha. Tusaale ahaan, gunnadu waa 6,000–12,000 kroon, magdhowga kharashkuna waa 5,000–7,500 kroon bishii.'],
      assessment: ['Baaritaankan waxaa la yiraahdaa baaritaanka qoyska koriyaha (familjehemsutredning). Waxaa ku jira dhowr wada-hadal oo lala yeesho qof kasta oo guriga ku nool, booqashooyin guri, tixraacyo, iyo haddii aad oggolaataan, hubinta diiwaanka dambiyada ee booliiska, diiwaanka adeegga bulshada iyo diiwaanka Hay\'adda Ururinta Deymaha (Kronofogden). Badanaa waxay qaadataa saddex ilaa afar bilood.'],
      faq: [
        { q: 'Ma noqon kartaa qoys koriye adigoo shaqeeya?', a: 'Haa, inta badan. Mararka qaarkood mid idinka mid ah ayaa u baahan inuu guriga joogo waqti badan bilowga, taasna si wadajir ah ayaan u qorsheynaa.' },
        { q: 'Ma waajib baa inaan lammaane nahay?', a: 'Maya. Qof keligiis ah ayaa sidoo kale noqon kara qoys koriye.' },
        { q: 'Ilmuhu ma la kulmi doonaa waalidkiis?', a: 'Haa, badanaa. Sida iyo inta jeer waxaa lagu go\'aamiyaa waxa ilmaha u wanaagsan.' },
      ],
    },
    emergencyHome: {
      title: 'Guri degdeg ah',
      summary: 'Waxaad ilmo ku soo dhaweysaan ogeysiis gaaban, badanaa isla maalinta, waxaadna siisaan guri ammaan ah ilaa xal muddo dheer ah laga helo.',
      week: [
        'Guriga degdegga ahi wuxuu soo dhaweeyaa ilmo marka wax degdeg ah dhacaan, badanaa iyadoo dhowr saacadood oo keliya la idin ogeysiiyo. Ilmuhu wuxuu idinla noolaadaa dhowr toddobaad ama bilood, inta adeegga bulshadu baarayo waxa ilmuhu u baahan yahay.',
        'Ugu yaraan hal qof oo weyn waa inuu awoodaa inuu guriga joogo maalintii, gaar ahaan bilowga.',
      ],
      children: ['Carruur da\' kasta leh oo isla markiiba u baahan guri ammaan ah. Ilmuhu wuxuu noqon karaa mid walwalsan oo daallan, wuxuuna u baahan yahay degganaan, nidaam maalmeed iyo dad waaweyn oo daryeela.'],
      support: ['Waxaad heli doontaan qof idiin gaar ah oo ka tirsan adeegga bulshada oo aad heli kartaan habeen iyo maalin, tababar ka hor inta aydaan soo dhaweyn ilmaha ugu horreeya, iyo hagid xirfadeed inta ilmuhu idinla joogo.'],
      compensation: ['Waxaad heli doontaan lacag gunno ah xitaa marka aan ilmo idinla joogin (diyaar-garow), iyo gunno ka badan iyo kharashyada marka ilmo idinla nool yahay. Tusaale ahaan, 9,000 kroon bishii marka aad diyaar-garow ku jirtaan.'],
      assessment: ['Waa isla baaritaanka qoyska koriyaha: wada-hadallo, booqashooyin guri, tixraacyo iyo, haddii aad oggolaataan, hubinta diiwaannada. Waxaan sidoo kale wada eegaynaa sida aad ilmo ugu soo dhaweyn kartaan ogeysiis gaaban.'],
      faq: [
        { q: 'Immisa jeer ayuu ilmo yimaadaa?', a: 'Way kala duwan tahay. Mararka qaarkood ilmo ayaa idinla jooga ku dhawaad waqtiga oo dhan, mararka qaarkoodna dhowr toddobaad ayaa u dhexeeya.' },
        { q: 'Ma odhan karnaa maya mar?', a: 'Haa. Had iyo jeer waad odhan kartaan in aysan xilligaas idiin habboonayn.' },
        { q: 'Maxaan u baahannahay inaan guriga ku haysanno?', a: 'Qol ilmaha u gaar ah, sariir, iyo kursiga carruurta ee baabuurka ama suurtagalnimada in la soo amaahdo. Inta kale waan idinka caawinaynaa.' },
      ],
    },
  },
  selfCheck: {
    adult: { q: 'Ma tahay ugu yaraan 21 sano jir?', help: 'Hawl kasta waxaan aqbalnaa is-diiwaangelinta xiisaha dadka 21 sano jirka ah iyo ka weyn.' },
    time: { q: 'Ma haysataa dhowr saacadood toddobaadkii, toddobaad kasta, ugu yaraan hal sano?', help: 'Carruurtu waxay u baahan yihiin dad waaweyn oo la sii jooga.' },
    weekends: { q: 'Ilmo ma idinla joogi karaa hal dhammaad toddobaad bishii?', help: 'Sidaas ayay qoysaska xiriirku badanaa ula kulmaan ilmaha.' },
    room: { q: 'Ma haysataan qol ilmuhu keligiis yeelan karo?', help: 'Qoysaska koriyayaasha iyo guryaha degdegga ahi waxay u baahan yihiin qol ilmaha u gaar ah.' },
    home: { q: 'Qof weyn oo gurigiinna ku nool ma joogi karaa guriga maalintii haddii loo baahdo?', help: 'Guryaha degdegga ahi waxay carruurta ku soo dhaweeyaan ogeysiis gaaban, ilmuhuna bilowga wuxuu u baahan yahay qof weyn oo guriga jooga.' },
    shortNotice: { q: 'Ma soo dhaweyn kartaan ilmo isla maalinta aan idin soo wacno?', help: 'Taasi waa waxa guri degdeg ahi qabto.' },
    longTerm: { q: 'Ma u malayn kartaan in ilmo idinla noolaado dhowr sano?', help: 'Carruur badan oo ku jira qoysas koriyayaal ah ayaa halkaas sii jooga ilaa ay ka weynaadaan.' },
    parents: { q: 'Ma ka caawin kartaan ilmaha inuu xiriir la yeesho waalidkiis, xitaa marka ay adag tahay?', help: 'Waalidka ilmuhu aad bay ugu muhiim yihiin, xitaa marka uusan la noolayn.' },
    household: { q: 'Dhammaan dadka waaweyn ee gurigiinna ku nool ma ku raacsan yihiin fikradda?', help: 'Qof kasta oo idinla nool wuxuu qayb ka noqdaa nolosha maalinlaha ah ee ilmaha.' },
    stable: { q: 'Hadda ma ku jirtaan xilli nololeed oo deggan, oo aan isbeddel weyn lahayn sannadka soo socda?', help: 'Tusaale ahaan guri ka guurid, kala tegid ama xanuun halis ah. Badanaa waad is-diiwaangelin kartaan mar dambe.' },
    cooperate: { q: 'Ma rabtaa inaad la shaqeyso adeegga bulshada, iskuulka iyo dadka kale ee ku xeeran ilmaha?', help: 'Waxaad qayb ka noqonaysaan koox ilmaha ku xeeran.' },
    record: { q: 'Ma ku raalli tahay inaan mar dambe hubinno diiwaannada, haddii aad oggolaato?', help: 'Hubintu waxay dhacdaa oo keliya inta baaritaanku socdo, weligeed halkan ma dhacdo.' },
  },
};
