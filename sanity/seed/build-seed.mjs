// Builds the demo dataset for Nära: sanity/seed/dataset.ndjson
//
//   node sanity/seed/build-seed.mjs
//
// Plain Node ES module, no dependencies, deterministic output (no clock, no randomness).
// Everything here is a SAMPLE: "Exempelstad" does not exist. All place names, streets,
// organisations, e-mail addresses and phone numbers are invented. Phone numbers are taken
// only from the ranges the Swedish regulator (PTS) reserves for use in fiction:
// 08-465 004 00 … 08-465 004 99 and 070-174 06 00 … 070-174 06 99. The only real numbers are
// the national helplines in settings.crisisNumbers.
//
// Shape: docs/content-model.md.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'dataset.ndjson');

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const LANGS = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'fi', 'uk'];
const CITY = 'Exempelstad';

const paras = (v) => (Array.isArray(v) ? v : [v]);

/** Localized value → internationalized array (items in LANGS order, only the languages given). */
function loc(kind, o) {
  if (!o || o.sv == null) throw new Error(`localized value without sv: ${JSON.stringify(o)}`);
  for (const l of Object.keys(o)) if (!LANGS.includes(l)) throw new Error(`unknown language ${l}`);
  return LANGS.filter((l) => o[l] != null).map((l) => ({
    _key: l,
    _type: `internationalizedArray${kind}Value`,
    language: l,
    value: paras(o[l]).join('\n\n'),
  }));
}
const str = (o) => loc('String', o);
const txt = (o) => loc('Text', o);

/** Keep only some languages of a localized value. */
function only(o, langs) {
  const r = {};
  for (const l of langs) if (o[l] != null) r[l] = o[l];
  return r;
}

/** Fill {placeholders} in every language. */
function fill(o, vars) {
  const r = {};
  for (const [l, v] of Object.entries(o)) {
    r[l] = paras(v).map((p) => p.replace(/\{(\w+)\}/g, (_, k) => {
      if (vars[k] == null) throw new Error(`no value for {${k}}`);
      return String(vars[k]);
    }));
    if (!Array.isArray(v)) r[l] = r[l][0];
  }
  return r;
}

/** Concatenate paragraphs; the languages are those of the first part, later parts must cover them. */
function join2(first, ...rest) {
  const r = {};
  for (const l of Object.keys(first)) {
    r[l] = [...paras(first[l])];
    for (const part of rest) {
      if (part == null) continue;
      if (part[l] == null) throw new Error(`paragraph missing language ${l}`);
      r[l].push(...paras(part[l]));
    }
  }
  return r;
}

/** Same text (a place or proper name) in all languages. */
const same = (s) => Object.fromEntries(LANGS.map((l) => [l, s]));

const ref = (id) => ({ _type: 'reference', _ref: id });
const slug = (s) => ({ _type: 'slug', current: s });
const round = (x) => Math.round(x * 1e6) / 1e6;
const geo = (lat, lng) => ({ _type: 'geopoint', lat: round(lat), lng: round(lng) });
const address = (street, postalCode) => ({ _type: 'address', street, postalCode, city: CITY });

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** hours('mon-fri 08:00-16:30', 'tue 16:30-19:00', …) → openingHours array, sorted by day. */
function hours(...specs) {
  const items = [];
  for (const spec of specs) {
    const [days, span] = spec.split(' ');
    const [opens, closes] = span.split('-');
    let list;
    if (days.includes('-')) {
      const [a, b] = days.split('-');
      list = DAYS.slice(DAYS.indexOf(a), DAYS.indexOf(b) + 1);
    } else list = days.split(',');
    for (const day of list) {
      if (!DAYS.includes(day)) throw new Error(`bad day ${day}`);
      items.push({ day, opens, closes });
    }
  }
  items.sort((x, y) => DAYS.indexOf(x.day) - DAYS.indexOf(y.day) || x.opens.localeCompare(y.opens));
  const seen = {};
  return items.map((it) => {
    seen[it.day] = (seen[it.day] || 0) + 1;
    return { _key: `${it.day}-${seen[it.day]}`, _type: 'openingHours', ...it };
  });
}

// ---------------------------------------------------------------------------
// Shared texts
// ---------------------------------------------------------------------------

const NOTE = {
  christmasEve: {
    sv: `Julafton – stängt`,
    en: `Christmas Eve – closed`,
    ar: `ليلة عيد الميلاد – مغلق`,
    fa: `شب کریسمس – تعطیل`,
    so: `Habeenka Kirismaska – waa xiran yahay`,
    ti: `ዋዜማ ልደት – ዕጹው`,
    fi: `Jouluaatto – suljettu`,
    uk: `Святвечір – зачинено`,
  },
  newYearsEve: {
    sv: `Nyårsafton – stängt`,
    en: `New Year's Eve – closed`,
    ar: `ليلة رأس السنة – مغلق`,
    fa: `شب سال نو میلادی – تعطیل`,
    so: `Habeenka Sannadka Cusub – waa xiran yahay`,
    ti: `ዋዜማ ሓድሽ ዓመት – ዕጹው`,
    fi: `Uudenvuodenaatto – suljettu`,
    uk: `Переддень Нового року – зачинено`,
  },
  dayBeforeChristmasEve: {
    sv: `Dagen före julafton – stänger kl. 14:00`,
    en: `Day before Christmas Eve – closes at 14:00`,
    ar: `اليوم السابق لليلة عيد الميلاد – يغلق الساعة 14:00`,
    fa: `روز پیش از شب کریسمس – ساعت 14:00 بسته می‌شود`,
    so: `Maalinta ka horreysa Habeenka Kirismaska – wuxuu xirmayaa 14:00`,
    ti: `ቅድሚ ዋዜማ ልደት – ሰዓት 14:00 ይዕጾ`,
    fi: `Jouluaattoa edeltävä päivä – suljetaan klo 14.00`,
    uk: `День перед Святвечором – зачиняємося о 14:00`,
  },
};

const EXCEPTIONS = {
  christmasEve: { _key: 'd2026-12-24', _type: 'hoursException', date: '2026-12-24', closed: true, note: str(NOTE.christmasEve) },
  newYearsEve: { _key: 'd2026-12-31', _type: 'hoursException', date: '2026-12-31', closed: true, note: str(NOTE.newYearsEve) },
  dayBefore: (opens) => ({
    _key: 'd2026-12-23', _type: 'hoursException', date: '2026-12-23', closed: false,
    opens, closes: '14:00', note: str(NOTE.dayBeforeChristmasEve),
  }),
};

/** Accessibility sentences, combined per office/clinic. */
const ACC = {
  stepFree: {
    sv: `Entrén ligger i markplan, utan trappsteg.`,
    en: `The entrance is at street level, with no steps.`,
    ar: `المدخل في مستوى الشارع، بدون درجات.`,
    fa: `ورودی هم‌سطح خیابان است و پله ندارد.`,
    so: `Albaabka laga soo galo wuxuu la siman yahay waddada, jaranjaro ma leh.`,
    ti: `መእተዊ ምስ ጎደና ማዕረ እዩ፡ ደረጃ የብሉን።`,
    fi: `Sisäänkäynti on katutasossa, eikä siinä ole portaita.`,
    uk: `Вхід на рівні вулиці, без сходинок.`,
  },
  ramp: {
    sv: `Det finns en ramp vid entrén.`,
    en: `There is a ramp at the entrance.`,
    ar: `يوجد منحدر للكراسي المتحركة عند المدخل.`,
    fa: `کنار ورودی یک رمپ برای ویلچر هست.`,
    so: `Albaabka agtiisa waxaa yaal jid janjeera oo loogu talagalay kuraasta curyaamiinta.`,
    ti: `ኣብ መእተዊ ንዓረብያ ስንኩላን ዝኸውን ራምፕ ኣሎ።`,
    fi: `Sisäänkäynnin luona on luiska.`,
    uk: `Біля входу є пандус.`,
  },
  upstairs: {
    sv: `Lokalen ligger en trappa upp.`,
    en: `The premises are one floor up.`,
    ar: `يقع المكان في الطابق الأول فوق الأرضي.`,
    fa: `محل در طبقهٔ اول (یک طبقه بالاتر از همکف) است.`,
    so: `Xarunta waxay ku taal dabaqa koowaad, hal dabaq oo kor ah.`,
    ti: `እቲ ቦታ ኣብ ቀዳማይ ደርቢ፡ ሓደ ደርቢ ንላዕሊ እዩ ዘሎ።`,
    fi: `Tilat ovat toisessa kerroksessa.`,
    uk: `Приміщення розташоване на другому поверсі.`,
  },
  lift: {
    sv: `Det finns hiss till alla våningar.`,
    en: `There is a lift to all floors.`,
    ar: `يوجد مصعد إلى جميع الطوابق.`,
    fa: `آسانسور به همهٔ طبقه‌ها می‌رود.`,
    so: `Waxaa jira wiish gaadha dabaqyada oo dhan.`,
    ti: `ናብ ኩሉ ደርቢ ዝበጽሕ ሊፍት ኣሎ።`,
    fi: `Kaikkiin kerroksiin pääsee hissillä.`,
    uk: `Є ліфт на всі поверхи.`,
  },
  toilet: {
    sv: `Det finns en tillgänglig toalett.`,
    en: `There is an accessible toilet.`,
    ar: `يوجد مرحاض مهيأ لذوي الإعاقة.`,
    fa: `یک سرویس بهداشتی مناسب برای افراد دارای معلولیت هست.`,
    so: `Waxaa jira musqul ay isticmaali karaan dadka naafada ah.`,
    ti: `ንሰባት ምስ ስንክልና ዝጥዕም ሽቓቕ ኣሎ።`,
    fi: `Tiloissa on esteetön wc.`,
    uk: `Є доступний туалет для людей з інвалідністю.`,
  },
  loop: {
    sv: `Det finns hörslinga i receptionen.`,
    en: `There is a hearing loop at the reception.`,
    ar: `يوجد نظام حلقة سمعية في مكتب الاستقبال لمستخدمي السماعات.`,
    fa: `در پذیرش، حلقهٔ القایی برای کاربران سمعک نصب شده است.`,
    so: `Miiska soo dhoweynta waxaa yaal qalab caawiya dadka isticmaala qalabka maqalka.`,
    ti: `ኣብ መቐበሊ ኣጋይሽ ንተጠቀምቲ መሳርሒ ምስማዕ ዝሕግዝ ሉፕ ኣሎ።`,
    fi: `Vastaanotossa on induktiosilmukka.`,
    uk: `На рецепції є індукційна петля для людей зі слуховими апаратами.`,
  },
  parking: {
    sv: `Det finns parkering för rörelsehindrade nära entrén.`,
    en: `There is disabled parking close to the entrance.`,
    ar: `يوجد موقف سيارات لذوي الإعاقة قريب من المدخل.`,
    fa: `نزدیک ورودی، جای پارک برای افراد دارای معلولیت هست.`,
    so: `Meel baabuur la dhigto oo loogu talagalay dadka naafada ah ayaa u dhow albaabka.`,
    ti: `ኣብ ጥቓ መእተዊ ንሰባት ምስ ስንክልና ዝኸውን ቦታ ምዕሻግ መኪና ኣሎ።`,
    fi: `Liikkumisesteisten pysäköintipaikka on lähellä sisäänkäyntiä.`,
    uk: `Біля входу є паркування для людей з інвалідністю.`,
  },
  quiet: {
    sv: `Det finns ett lugnt väntrum om du inte vill vänta bland andra.`,
    en: `There is a quiet waiting room if you prefer not to wait with others.`,
    ar: `توجد غرفة انتظار هادئة إذا كنت لا تريد الانتظار مع الآخرين.`,
    fa: `اگر نمی‌خواهید کنار دیگران منتظر بمانید، یک اتاق انتظار آرام هست.`,
    so: `Waxaa jira qol sugitaan oo deggan haddii aadan rabin inaad dadka kale la sugto.`,
    ti: `ምስ ካልኦት ክትጽበዩ እንተዘይደሊኹም፡ ህዱእ ክፍሊ መጸበዪ ኣሎ።`,
    fi: `Tiloissa on rauhallinen odotushuone, jos et halua odottaa muiden kanssa.`,
    uk: `Є тиха кімната очікування, якщо ви не хочете чекати разом з іншими.`,
  },
};

/** Accessibility text from feature sentences; `langs` limits the languages, `extra` adds sv sentences. */
function accessibility(features, langs = LANGS, extraSv = '') {
  const r = {};
  for (const l of langs) r[l] = features.map((f) => ACC[f][l]).join(' ');
  if (extraSv) r.sv = `${r.sv} ${extraSv}`;
  return txt(r);
}

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

const ALWAYS = {
  sv: `Dygnet runt, alla dagar`,
  en: `24 hours a day, every day`,
  ar: `على مدار الساعة، كل يوم`,
  fa: `شبانه‌روزی، هر روز`,
  so: `24 saacadood, maalin kasta`,
  ti: `24 ሰዓት፡ ኩሉ መዓልቲ`,
  fi: `Ympäri vuorokauden, joka päivä`,
  uk: `Цілодобово, щодня`,
};

const crisisNumbers = [
  {
    key: 'c112', number: '112', tel: '112',
    name: {
      sv: `112 – SOS Alarm`,
      en: `112 – Emergency (SOS Alarm)`,
      ar: `112 – الطوارئ (SOS Alarm)`,
      fa: `112 – اورژانس (SOS Alarm)`,
      so: `112 – Gurmad degdeg ah (SOS Alarm)`,
      ti: `112 – ህጹጽ ረድኤት (SOS Alarm)`,
      fi: `112 – Hätänumero (SOS Alarm)`,
      uk: `112 – Екстрена допомога (SOS Alarm)`,
    },
    description: {
      sv: `Ring 112 när det är akut och någons liv, hälsa, egendom eller miljö är i fara. SOS Alarm svarar och skickar polis, ambulans eller räddningstjänst.`,
      en: `Call 112 in an emergency, when someone's life, health, property or the environment is in danger. SOS Alarm answers and sends the police, an ambulance or the fire and rescue service.`,
      ar: `اتصل بالرقم 112 في حالات الطوارئ، عندما تكون حياة شخص أو صحته أو ممتلكاته أو البيئة في خطر. يرد عليك SOS Alarm ويرسل الشرطة أو الإسعاف أو فرق الإنقاذ.`,
      fa: `در موقعیت اضطراری، وقتی جان، سلامت، اموال کسی یا محیط زیست در خطر است، با 112 تماس بگیرید. SOS Alarm پاسخ می‌دهد و پلیس، آمبولانس یا آتش‌نشانی را می‌فرستد.`,
      so: `Wac 112 marka ay xaalad degdeg ah jirto oo nolosha, caafimaadka ama hantida qof, ama deegaanku khatar ku jiraan. SOS Alarm ayaa ku jawaabaya oo soo diraya booliska, gaadhiga gurmadka ama dab-demiska.`,
      ti: `ህይወት፡ ጥዕና፡ ንብረት ሰብ ወይ ከባቢ ኣብ ሓደጋ ምስ ዝህሉ ናብ 112 ደውሉ። SOS Alarm ይምልሽ፡ ፖሊስ፡ ኣምቡላንስ ወይ ሓለውቲ ሓዊ ድማ ይሰድድ።`,
      fi: `Soita 112, kun on kiire ja jonkun henki, terveys, omaisuus tai ympäristö on vaarassa. SOS Alarm vastaa ja lähettää poliisin, ambulanssin tai pelastuslaitoksen.`,
      uk: `Телефонуйте 112 у надзвичайній ситуації, коли під загрозою життя, здоров'я, майно людини чи довкілля. Вам відповість SOS Alarm і направить поліцію, швидку допомогу або рятувальників.`,
    },
    hours: ALWAYS,
  },
  {
    key: 'c1177', number: '1177', tel: '1177',
    name: {
      sv: `1177 Vårdguiden – sjukvårdsrådgivning`,
      en: `1177 Vårdguiden – healthcare advice`,
      ar: `1177 Vårdguiden – الاستشارات الصحية`,
      fa: `1177 Vårdguiden – مشاورهٔ پزشکی`,
      so: `1177 Vårdguiden – talo caafimaad`,
      ti: `1177 Vårdguiden – ምኽሪ ጥዕና`,
      fi: `1177 Vårdguiden – terveysneuvonta`,
      uk: `1177 Vårdguiden – медичні консультації`,
    },
    description: {
      sv: `1177 Vårdguiden är sjukvårdens rådgivning i hela Sverige. Ring om du blir sjuk och vill ha råd av en sjuksköterska. De hjälper dig att hitta rätt vård.`,
      en: `1177 Vårdguiden is the healthcare advice service for all of Sweden. Call if you are ill and want advice from a nurse. They help you find the right care.`,
      ar: `1177 Vårdguiden هي خدمة الاستشارات الصحية في كل أنحاء السويد. اتصل إذا مرضت وأردت نصيحة من ممرض أو ممرضة. سيساعدونك في الوصول إلى الرعاية المناسبة.`,
      fa: `1177 Vårdguiden خدمت مشاورهٔ درمانی در سراسر سوئد است. اگر بیمار شدید و از پرستار راهنمایی می‌خواهید تماس بگیرید. آن‌ها کمک می‌کنند مراقبت درست را پیدا کنید.`,
      so: `1177 Vårdguiden waa adeegga talo-bixinta caafimaadka ee Iswiidhan oo dhan. Wac haddii aad jirato oo aad talo ka rabto kalkaaliye caafimaad. Waxay kaa caawinayaan inaad hesho daryeelka saxda ah.`,
      ti: `1177 Vårdguiden ኣብ መላእ ሽወደን ናይ ምኽሪ ጥዕና ኣገልግሎት እዩ። እንተሓሚምኩም ካብ ነርስ ምኽሪ ክትረኽቡ እንተደሊኹም ደውሉ። ግቡእ ሕክምና ንምርካብ ይሕግዙኹም።`,
      fi: `1177 Vårdguiden on koko Ruotsin terveysneuvontapalvelu. Soita, jos sairastut ja haluat neuvoa sairaanhoitajalta. He auttavat sinua löytämään oikean hoitopaikan.`,
      uk: `1177 Vårdguiden – це служба медичних консультацій для всієї Швеції. Телефонуйте, якщо захворіли й хочете поради медсестри. Вам допоможуть знайти потрібну медичну допомогу.`,
    },
    hours: ALWAYS,
  },
  {
    key: 'c11414', number: '114 14', tel: '11414',
    name: {
      sv: `Polisen 114 14 – när det inte är akut`,
      en: `Police 114 14 – non-emergency`,
      ar: `الشرطة 114 14 – في الحالات غير الطارئة`,
      fa: `پلیس 114 14 – موارد غیراضطراری`,
      so: `Booliska 114 14 – marka aysan degdeg ahayn`,
      ti: `ፖሊስ 114 14 – ህጹጽ ኣብ ዘይኮነሉ`,
      fi: `Poliisi 114 14 – kun ei ole kiire`,
      uk: `Поліція 114 14 – не екстрені випадки`,
    },
    description: {
      sv: `Ring 114 14 för att anmäla brott, lämna tips eller fråga polisen om något när det inte är bråttom. Pågår något just nu – ring 112.`,
      en: `Call 114 14 to report a crime, give the police information or ask them something when it is not urgent. If something is happening right now, call 112.`,
      ar: `اتصل بالرقم 114 14 للإبلاغ عن جريمة أو لإعطاء معلومات للشرطة أو لسؤالها عن شيء عندما لا يكون الأمر عاجلاً. إذا كان هناك شيء يحدث الآن، اتصل بالرقم 112.`,
      fa: `برای گزارش جرم، دادن اطلاعات به پلیس یا پرسیدن سؤال، وقتی موضوع فوری نیست، با 114 14 تماس بگیرید. اگر همین حالا اتفاقی در جریان است، با 112 تماس بگیرید.`,
      so: `Wac 114 14 si aad u soo sheegto dambi, booliska u siiso macluumaad ama wax u weydiiso marka aysan arrintu degdeg ahayn. Haddii ay wax hadda dhacayaan, wac 112.`,
      ti: `ህጹጽ ኣብ ዘይኮነሉ፡ ገበን ንምሕባር፡ ንፖሊስ ሓበሬታ ንምሃብ ወይ ንምሕታት ናብ 114 14 ደውሉ። ሕጂ ዝኸይድ ዘሎ ነገር እንተሃልዩ ናብ 112 ደውሉ።`,
      fi: `Soita 114 14, kun haluat tehdä rikosilmoituksen, antaa poliisille vihjeen tai kysyä jotakin eikä asialla ole kiire. Jos jotain tapahtuu juuri nyt, soita 112.`,
      uk: `Телефонуйте 114 14, щоб повідомити про злочин, передати поліції інформацію або щось запитати, коли справа не термінова. Якщо щось відбувається просто зараз – телефонуйте 112.`,
    },
    hours: ALWAYS,
  },
  {
    key: 'cbris', number: '116 111', tel: '116111',
    name: {
      sv: `BRIS 116 111 – för barn och unga`,
      en: `BRIS 116 111 – for children and young people`,
      ar: `BRIS 116 111 – للأطفال واليافعين`,
      fa: `BRIS 116 111 – برای کودکان و نوجوانان`,
      so: `BRIS 116 111 – carruurta iyo dhallinyarada`,
      ti: `BRIS 116 111 – ንቆልዑን መንእሰያትን`,
      fi: `BRIS 116 111 – lapsille ja nuorille`,
      uk: `BRIS 116 111 – для дітей і підлітків`,
    },
    description: {
      sv: `BRIS (Barnens rätt i samhället) är en stödlinje för dig som är under 18 år. Du kan prata med en kurator om vad som helst. Det är gratis, du kan vara anonym och samtalet syns inte på telefonräkningen.`,
      en: `BRIS (Children's Rights in Society) is a helpline for anyone under 18. You can talk to a counsellor about anything. It is free, you can stay anonymous and the call does not show on the phone bill.`,
      ar: `BRIS (حقوق الطفل في المجتمع) هو خط دعم لكل من هو دون 18 عامًا. يمكنك التحدث مع مرشد عن أي شيء. المكالمة مجانية، ويمكنك عدم ذكر اسمك، ولا تظهر في فاتورة الهاتف.`,
      fa: `BRIS (حقوق کودکان در جامعه) خط حمایتی برای افراد زیر ۱۸ سال است. می‌توانی دربارهٔ هر چیزی با یک مشاور صحبت کنی. تماس رایگان است، می‌توانی ناشناس بمانی و تماس در قبض تلفن دیده نمی‌شود.`,
      so: `BRIS (Xuquuqda Carruurta ee Bulshada) waa khad taageero oo loogu talagalay qof kasta oo ka yar 18 sano. Waxaad la hadli kartaa la-taliye wax kasta oo ku saabsan. Waa bilaash, magacaaga ma sheegaysid haddii aadan rabin, wicitaankuna kuma muuqdo biilka taleefanka.`,
      ti: `BRIS (መሰል ቆልዑ ኣብ ሕብረተሰብ) ንዝኾነ ትሕቲ 18 ዓመት ዘሎ ናይ ደገፍ መስመር እዩ። ብዛዕባ ዝኾነ ነገር ምስ ኣማኻሪ ክትዛረብ ትኽእል። ብናጻ እዩ፡ ስምካ ከይገለጽካ ክትዛረብ ትኽእል፡ እቲ ጻውዒት ድማ ኣብ ሕሳብ ተሌፎን ኣይርአን።`,
      fi: `BRIS (Lasten oikeudet yhteiskunnassa) on tukipuhelin kaikille alle 18-vuotiaille. Voit puhua kuraattorin kanssa mistä tahansa. Puhelu on maksuton, voit olla nimetön, eikä puhelu näy puhelinlaskussa.`,
      uk: `BRIS («Права дітей у суспільстві») – це лінія підтримки для всіх, кому ще немає 18 років. Можна поговорити з консультантом про будь-що. Дзвінок безкоштовний, можна залишатися анонімним, і він не відображається в рахунку за телефон.`,
    },
    hours: ALWAYS,
  },
  {
    key: 'ckvinnofrid', number: '020-50 50 50', tel: '020505050',
    name: {
      sv: `Kvinnofridslinjen 020-50 50 50`,
      en: `Kvinnofridslinjen 020-50 50 50 – violence against women`,
      ar: `Kvinnofridslinjen 020-50 50 50 – العنف ضد المرأة`,
      fa: `Kvinnofridslinjen 020-50 50 50 – خشونت علیه زنان`,
      so: `Kvinnofridslinjen 020-50 50 50 – rabshadda ka dhanka ah haweenka`,
      ti: `Kvinnofridslinjen 020-50 50 50 – ግህሰት ኣብ ልዕሊ ደቂ ኣንስትዮ`,
      fi: `Kvinnofridslinjen 020-50 50 50 – naisiin kohdistuva väkivalta`,
      uk: `Kvinnofridslinjen 020-50 50 50 – насильство щодо жінок`,
    },
    description: {
      sv: `Kvinnofridslinjen är en nationell stödlinje för dig som har blivit utsatt för hot, våld eller sexuellt våld – och för dig som är anhörig. Samtalet är gratis och syns inte på telefonräkningen. Du kan få tolk.`,
      en: `Kvinnofridslinjen is the Swedish national helpline for women who have been subjected to threats, violence or sexual violence, and for their family and friends. The call is free and does not show on the phone bill. You can get an interpreter.`,
      ar: `Kvinnofridslinjen هو خط الدعم الوطني في السويد للنساء اللواتي تعرّضن للتهديد أو العنف أو العنف الجنسي، ولأقاربهن وأصدقائهن. المكالمة مجانية ولا تظهر في فاتورة الهاتف. يمكنك الحصول على مترجم.`,
      fa: `Kvinnofridslinjen خط حمایتی سراسری سوئد برای زنانی است که تهدید، خشونت یا خشونت جنسی را تجربه کرده‌اند، و برای بستگان و دوستانشان. تماس رایگان است و در قبض تلفن دیده نمی‌شود. می‌توانید مترجم داشته باشید.`,
      so: `Kvinnofridslinjen waa khadka taageerada qaran ee Iswiidhan oo loogu talagalay haweenka loo geystay hanjabaad, rabshad ama xadgudub galmo, iyo sidoo kale qoyskooda iyo saaxiibadood. Wicitaanku waa bilaash, kumana muuqdo biilka taleefanka. Waxaad heli kartaa turjumaan.`,
      ti: `Kvinnofridslinjen ኣብ ሽወደን ንደቂ ኣንስትዮ ፈራሕ፡ ግህሰት ወይ ጾታዊ ግህሰት ዝወረደን፡ ከምኡ'ውን ንቤተሰበንን ኣዕሩኽተንን ዝኸውን ሃገራዊ ናይ ደገፍ መስመር እዩ። እቲ ጻውዒት ብናጻ እዩ፡ ኣብ ሕሳብ ተሌፎን ድማ ኣይርአን። ተርጓሚ ክትረኽባ ትኽእላ።`,
      fi: `Kvinnofridslinjen on Ruotsin valtakunnallinen tukipuhelin naisille, jotka ovat kokeneet uhkailua, väkivaltaa tai seksuaalista väkivaltaa, sekä heidän läheisilleen. Puhelu on maksuton, eikä se näy puhelinlaskussa. Voit saada tulkin.`,
      uk: `Kvinnofridslinjen – національна лінія підтримки у Швеції для жінок, які зазнали погроз, насильства чи сексуального насильства, а також для їхніх близьких. Дзвінок безкоштовний і не відображається в рахунку за телефон. Можна отримати перекладача.`,
    },
    hours: {
      sv: `Dygnet runt, alla dagar – gratis`,
      en: `24 hours a day, every day – free of charge`,
      ar: `على مدار الساعة، كل يوم – مجانًا`,
      fa: `شبانه‌روزی، هر روز – رایگان`,
      so: `24 saacadood, maalin kasta – bilaash`,
      ti: `24 ሰዓት፡ ኩሉ መዓልቲ – ብናጻ`,
      fi: `Ympäri vuorokauden, joka päivä – maksuton`,
      uk: `Цілодобово, щодня – безкоштовно`,
    },
  },
  {
    key: 'csjalvmord', number: '90101', tel: '90101',
    name: {
      sv: `Självmordslinjen 90101`,
      en: `Självmordslinjen 90101 – suicide prevention helpline`,
      ar: `Självmordslinjen 90101 – خط الوقاية من الانتحار`,
      fa: `Självmordslinjen 90101 – خط پیشگیری از خودکشی`,
      so: `Självmordslinjen 90101 – khadka ka hortagga isdilka`,
      ti: `Självmordslinjen 90101 – መስመር ምክልኻል ነብሰ-ቕትለት`,
      fi: `Självmordslinjen 90101 – itsemurhien ehkäisyn tukipuhelin`,
      uk: `Självmordslinjen 90101 – лінія запобігання самогубствам`,
    },
    description: {
      sv: `Självmordslinjen är till för dig som har tankar på att ta ditt liv, och för dig som oroar dig för någon annan. Du kan vara anonym. Det finns också en chatt.`,
      en: `Självmordslinjen (the Suicide Line) is for you if you have thoughts of taking your own life, or if you are worried about someone else. You can stay anonymous. There is also a chat.`,
      ar: `Självmordslinjen (خط الانتحار) مخصص لك إذا كانت تراودك أفكار عن إنهاء حياتك، أو إذا كنت قلقًا على شخص آخر. يمكنك عدم ذكر اسمك. توجد أيضًا خدمة دردشة.`,
      fa: `Självmordslinjen (خط خودکشی) برای کسی است که به پایان دادن به زندگی‌اش فکر می‌کند، یا نگران کس دیگری است. می‌توانید ناشناس بمانید. گفت‌وگوی آنلاین (چت) هم وجود دارد.`,
      so: `Självmordslinjen (Khadka Isdilka) waxaa loogu talagalay haddii ay kugu soo dhacaan fikrado ah inaad naftaada qaaddo, ama haddii aad qof kale u walwalsan tahay. Magacaaga ma sheegaysid haddii aadan rabin. Waxaa sidoo kale jira chat.`,
      ti: `Självmordslinjen (መስመር ነብሰ-ቕትለት) ንሓሳብ ህይወትካ ምውሳድ ዘለካ፡ ወይ ብዛዕባ ካልእ ሰብ ዝተሻቐልካ እዩ። ስምካ ከይገለጽካ ክትዛረብ ትኽእል። ቻት'ውን ኣሎ።`,
      fi: `Självmordslinjen (Itsemurhalinja) on sinulle, jos sinulla on ajatuksia oman henkesi riistämisestä tai jos olet huolissasi jostakusta toisesta. Voit olla nimetön. Myös chat on käytössä.`,
      uk: `Självmordslinjen («Лінія самогубств») – для тих, хто думає про те, щоб позбавити себе життя, або хто хвилюється за іншу людину. Можна залишатися анонімним. Є також чат.`,
    },
    hours: ALWAYS,
  },
];

const settings = {
  _id: 'settings',
  _type: 'settings',
  municipalityName: str({
    sv: `Exempelstad kommun`,
    en: `Exempelstad municipality (sample)`,
    ar: `بلدية Exempelstad (نموذج تجريبي)`,
    fa: `شهرداری Exempelstad (نمونهٔ آزمایشی)`,
    so: `Degmada Exempelstad (tusaale)`,
    ti: `ምምሕዳር Exempelstad (ኣብነት)`,
    fi: `Exempelstadin kunta (esimerkki)`,
    uk: `Муніципалітет Exempelstad (демонстраційний приклад)`,
  }),
  isSample: true,
  quickExitUrl: 'https://www.smhi.se/',
  generalContact: {
    phone: '08-465 004 00',
    email: 'nara@exempelstad.example',
    address: address('Rådhustorget 1', '990 60'),
  },
  crisisNumbers: crisisNumbers.map((c) => ({
    _key: c.key,
    _type: 'crisisNumber',
    name: str(c.name),
    number: c.number,
    tel: c.tel,
    description: txt(c.description),
    hours: str(c.hours),
  })),
};
