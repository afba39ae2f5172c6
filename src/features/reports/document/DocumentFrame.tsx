import type { ComponentChildren } from 'preact';
import { docT } from './doc-t';

/**
 * An administrative document laid out as Decree 30/2020/NĐ-CP asks: the issuing body and the
 * number/symbol on the left, the national motto on the right, place and date, the title, the body,
 * the signature block and "Nơi nhận". Printed on A4 by document.css. Every value is text (Preact
 * escapes it), so user-entered words can never become markup.
 */
export interface DocumentHead {
  /** "UỶ BAN NHÂN DÂN XÃ HÀ ĐÔNG"; a line break in it is kept ("UỶ BAN NHÂN DÂN\nXÃ HÀ ĐÔNG"). */
  issuer: string;
  /** The line above the issuer, when there is one (e.g. "UBND THÀNH PHỐ HẢI PHÒNG"). */
  parent?: string;
  /** "Số: …/BC-UBND" */
  number: string;
  /** "Hà Đông, ngày 05 tháng 11 năm 2026" */
  placeDate: string;
  /** The document kind and subject, e.g. ["BÁO CÁO", "Kết quả thực hiện Phong trào thi đua …"]. */
  title: string[];
}

export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN" */
  on: string;
  /** "CHỦ TỊCH" */
  role: string;
  name: string;
}

interface Props {
  head: DocumentHead;
  signature: Signature;
  /** Nơi nhận: one line each. */
  recipients: string[];
  recipientsLabel: string;
  children: ComponentChildren;
}

/** "Hà Đông, ngày 05 tháng 11 năm 2026": day and month below 10 padded, as the decree asks. */
export function vietnameseDateLine(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return docT()('document.placeDate', { place, day, month, year });
}

export function DocumentFrame({ head, signature, recipients, recipientsLabel, children }: Props) {
  const vi = docT();
  return (
    <article class="doc">
      <header class="doc-head">
        <div class="doc-issuer">
          {head.parent && <p>{head.parent}</p>}
          <p class="doc-strong doc-lines">{head.issuer}</p>
          <p class="doc-rule" aria-hidden="true" />
          <p>{head.number}</p>
        </div>
        <div class="doc-motto">
          <p class="doc-strong">{vi('document.nation')}</p>
          <p class="doc-strong doc-underline">{vi('document.motto')}</p>
          <p class="doc-place">{head.placeDate}</p>
        </div>
      </header>
      <h1 class="doc-title">
        {head.title.map((line, i) => (
          <span key={line} class={i === 0 ? 'doc-kind' : 'doc-subject'}>
            {line}
          </span>
        ))}
      </h1>
      <div class="doc-body">{children}</div>
      <footer class="doc-foot">
        <div class="doc-recipients">
          <p class="doc-strong-italic">{recipientsLabel}</p>
          <ul>
            {recipients.map((r) => (
              <li key={r}>- {r}</li>
            ))}
          </ul>
        </div>
        <div class="doc-signature">
          <p class="doc-strong">{signature.on}</p>
          <p class="doc-strong">{signature.role}</p>
          <p class="doc-sign-space" />
          <p class="doc-strong">{signature.name}</p>
        </div>
      </footer>
    </article>
  );
}
