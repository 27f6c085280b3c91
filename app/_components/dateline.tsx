import type { Stamp } from "@/lib/present-article";

export function Dateline({ stamp, prefix }: { stamp: Stamp; prefix?: string }) {
  return (
    <p className="dateline">
      {prefix}
      <time dateTime={stamp.iso}>{stamp.text}</time>
    </p>
  );
}
