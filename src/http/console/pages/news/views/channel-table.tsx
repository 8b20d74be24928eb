/**
 * Figures per channel with the channels as columns and the figures as rows: two or three narrow columns fit a
 * 360 px phone, where a row per channel with five figures would not.
 */
import { formatNumber } from "../../../format.js";
import { TableWrap } from "../../../views/ui.js";
import { CHANNEL_LABELS } from "../messages.vi.js";

/** One table: `columns` each with a channel, `rows` each a label and how to read its figure from a column. */
export function ChannelTable<C extends { channel: string }>({ label, columns, rows }: { label: string; columns: readonly C[]; rows: ReadonlyArray<readonly [string, (c: C) => number]> }) {
  return (
    <TableWrap label={label}>
      <table>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th scope="col" class="num">
                {CHANNEL_LABELS[c.channel] ?? c.channel}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([rowLabel, pick]) => (
            <tr>
              <th scope="row">{rowLabel}</th>
              {columns.map((c) => (
                <td class="num">{formatNumber(pick(c))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
