import type { Segment } from "@/lib/highlight";

/** Text with the matched search words in <mark>; React escapes every segment. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </>
  );
}
