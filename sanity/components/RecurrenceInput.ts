/**
 * The recurrence of an activity, chosen in plain Swedish — once, every week, every other week,
 * monthly on the same weekday, until a date — and stored as the RRULE the site reads. The rule
 * text stays visible, and editable for what the choices do not cover. (React without JSX: the
 * project's JSX is Preact's.)
 */
import { Card, Checkbox, Flex, Select, Text, TextInput } from "@sanity/ui";
import { createElement as h, useCallback, useMemo, type ChangeEvent, type ReactNode } from "react";
import { set, unset, useFormValue, type StringInputProps } from "sanity";
import { buildRule, readChoice, type RepeatChoice } from "../../src/lib/recurrence/rules.ts";
import { WEEKDAYS_SV } from "../lib/options.ts";

const REPEATS: [RepeatChoice["repeat"], string][] = [
  ["once", "Ett enda tillfälle"],
  ["weekly", "Varje vecka"],
  ["biweekly", "Varannan vecka"],
  ["monthly", "En gång i månaden, samma veckodag"],
];

export function RecurrenceInput(props: StringInputProps) {
  const { onChange, value, renderDefault } = props;
  const startDate = useFormValue(["startDate"]) as string | undefined;
  const choice = useMemo(() => readChoice(value, startDate), [value, startDate]);
  const update = useCallback(
    (next: Partial<RepeatChoice>) => {
      const rule = buildRule({ ...choice, ...next }, startDate);
      onChange(rule ? set(rule) : unset());
    },
    [choice, onChange, startDate],
  );
  const weekly = choice.repeat === "weekly" || choice.repeat === "biweekly";
  const stack = (gap: string, ...children: unknown[]) => h("div", { style: { display: "grid", gap } }, ...(children as ReactNode[]));
  return stack(
    "0.75rem",
    h(
      Select,
      { "aria-label": "Hur ofta", value: choice.repeat, onChange: (e: ChangeEvent<HTMLSelectElement>) => { update({ repeat: e.currentTarget.value as RepeatChoice["repeat"] }); } },
      ...REPEATS.map(([v, label]) => h("option", { key: v, value: v }, label)),
    ),
    weekly &&
      h(
        Flex,
        { gap: 3, wrap: "wrap" },
        ...WEEKDAYS_SV.map(([code, name]) =>
          h(
            Flex,
            { key: code, align: "center", gap: 2, as: "label" },
            h(Checkbox, {
              checked: choice.days.includes(code),
              onChange: (e: ChangeEvent<HTMLInputElement>) => { update({ days: e.currentTarget.checked ? [...choice.days, code] : choice.days.filter((d) => d !== code) }); },
            }),
            h(Text, { size: 1 }, name),
          ),
        ),
      ),
    choice.repeat !== "once" &&
      stack(
        "0.5rem",
        h(Text, { size: 1, weight: "medium" }, "Sista datum (högst ett år efter första datum)"),
        h(TextInput, { type: "date", value: choice.until ?? "", onChange: (e: ChangeEvent<HTMLInputElement>) => { update({ until: e.currentTarget.value || undefined }); } }),
      ),
    h(Card, { padding: 2, tone: "transparent", border: true }, stack("0.5rem", h(Text, { size: 1, muted: true }, "Sparas som regel (RRULE):"), renderDefault(props))),
  );
}
