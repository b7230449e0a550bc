/**
 * "Use my location": on the visitor's click only, the browser's position is matched against
 * the area boundaries here in the browser. Nothing about the position is sent anywhere.
 */
import { useState } from "preact/hooks";
import { areaAt } from "../lib/areas/index.ts";

interface Props {
  areas: { slug: string; boundary: { lat: number; lng: number }[] }[];
  areaPath: string;
  labels: { locate: string; locating: string; outside: string; failed: string; privacy: string };
}

export default function Locate({ areas, areaPath, labels }: Props) {
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const shapes = areas.map((a) => ({ slug: { current: a.slug }, postalCodes: [], boundary: a.boundary }));

  const locate = () => {
    if (!("geolocation" in navigator)) {
      setMessage(labels.failed);
      return;
    }
    setBusy(true);
    setMessage(labels.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const area = areaAt(shapes, { lat: position.coords.latitude, lng: position.coords.longitude });
        if (area) {
          location.assign(`${areaPath}${area.slug.current}/`);
        } else {
          setBusy(false);
          setMessage(labels.outside);
        }
      },
      () => {
        setBusy(false);
        setMessage(labels.failed);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  return (
    <div class="locate">
      <button type="button" onClick={locate} disabled={busy} aria-describedby="locate-privacy">
        {labels.locate}
      </button>
      <p id="locate-privacy" class="hint">{labels.privacy}</p>
      <p role="status" class="locate-message">{message}</p>
    </div>
  );
}
