import { fireEvent, screen } from '@testing-library/preact';
import type { Question } from '../../src/core/content';
import { createProfile } from '../../src/db/profiles';

export const questions: Question[] = [
  {
    kind: 'single',
    id: 'q1',
    prompt: 'Mã OTP có được đưa cho người khác không?',
    options: [
      {
        text: 'Có, nếu họ xưng là công an',
        correct: false,
        why: 'Công an không bao giờ hỏi mã OTP.',
      },
      { text: 'Không bao giờ', correct: true, why: 'Mã OTP chỉ dành cho bạn.' },
    ],
  },
  {
    kind: 'multiple',
    id: 'q2',
    prompt: 'Chọn tất cả trang web của nhà nước.',
    options: [
      { text: 'dichvucong.gov.vn', correct: true, why: 'Đuôi .gov.vn là của nhà nước.' },
      { text: 'dichvucong-nhanh.com', correct: false, why: 'Đây là trang giả.' },
      { text: 'chinhphu.vn', correct: true, why: 'Cổng thông tin Chính phủ.' },
    ],
  },
  {
    kind: 'truefalse',
    id: 'q3',
    prompt: 'Ngân hàng gọi điện xin mật khẩu là bình thường.',
    answer: false,
    explanation: 'Ngân hàng không bao giờ xin mật khẩu.',
  },
  {
    kind: 'order',
    id: 'q4',
    prompt: 'Xếp các bước mở Wi-Fi.',
    steps: ['Mở Cài đặt', 'Bấm Wi-Fi', 'Chọn tên mạng', 'Nhập mật khẩu'],
    explanation: 'Luôn mở Cài đặt trước.',
  },
];

/** Ticks a choice by its words (radio, checkbox or true/false). */
export const choose = (text: string | RegExp) => fireEvent.click(screen.getByLabelText(text));

export const press = (name: string | RegExp) =>
  fireEvent.click(screen.getByRole('button', { name }));

export async function twoProfiles() {
  const lan = await createProfile('10882', {
    displayName: 'Bà Lan',
    birthYear: 1958,
    villageId: null,
    colour: 'green',
  });
  const minh = await createProfile('10882', {
    displayName: 'Anh Minh',
    birthYear: 1990,
    villageId: null,
    colour: 'blue',
    pin: '2468',
  });
  return { lan, minh };
}

/** Answers the quiz on screen, all right or all wrong, through the buttons a learner uses. */
export async function answerQuiz(quiz: Question[], right: boolean) {
  for (const [i, q] of quiz.entries()) {
    await screen.findByText(`Câu ${i + 1}/${quiz.length}`);
    if (q.kind === 'single' || q.kind === 'multiple') {
      for (const o of q.options)
        if (o.correct === right) {
          choose(o.text);
          if (!right || q.kind === 'single') break;
        }
    } else if (q.kind === 'truefalse') {
      choose(q.answer === right ? 'Đúng' : 'Sai');
    } else if (right) {
      for (const [target, step] of q.steps.entries()) {
        const at = () =>
          [...document.querySelectorAll('.quiz-step-text')].findIndex(
            (el) => el.textContent === step,
          );
        while (at() > target) press(`Chuyển lên: ${step}`);
      }
    }
    press('Kiểm tra');
    press(i === quiz.length - 1 ? /Xem kết quả/ : /Câu tiếp theo/);
  }
}
