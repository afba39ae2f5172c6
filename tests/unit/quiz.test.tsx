import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { gradeQuiz, isCorrect } from '../../src/core/learning';
import { moveStep, startingOrder } from '../../src/features/learn/quiz/order';
import { Quiz } from '../../src/features/learn/quiz/Quiz';
import { choose, press, questions } from './learn-fixtures';

describe('grading', () => {
  it('needs 80 % to pass: 4 of 5, but not 3 of 4', () => {
    const five = [...questions, { ...questions[2]!, id: 'q5' } as (typeof questions)[number]];
    const right = { q1: 1, q2: [0, 2], q3: false, q4: [0, 1, 2, 3] };
    expect(gradeQuiz(five, { ...right, q5: true })).toEqual({ correct: 4, total: 5, passed: true });
    expect(gradeQuiz(questions, { ...right, q3: true })).toEqual({
      correct: 3,
      total: 4,
      passed: false,
    });
    expect(gradeQuiz(questions, right).passed).toBe(true);
  });

  it('counts an answer of the wrong shape as wrong, and a partial multiple choice too', () => {
    expect(isCorrect(questions[0]!, [1])).toBe(false);
    expect(isCorrect(questions[1]!, [0])).toBe(false);
    expect(isCorrect(questions[3]!, [0, 1, 2])).toBe(false);
  });

  it('starts an order question shuffled, the same way each time, and moves steps', () => {
    const order = startingOrder('q4', 4);
    expect(order).not.toEqual([0, 1, 2, 3]);
    expect(startingOrder('q4', 4)).toEqual(order);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(moveStep([0, 1, 2], 1, -1)).toEqual([1, 0, 2]);
    expect(moveStep([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
  });
});

describe('Quiz', () => {
  it('says right, shows why, and goes on', () => {
    render(<Quiz questions={questions} onFinish={() => {}} />);
    expect(screen.getByText('Câu 1/4')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kiểm tra' }).hasAttribute('disabled')).toBe(true);
    choose('Không bao giờ');
    press('Kiểm tra');
    expect(screen.getByRole('status').textContent).toContain('Đúng rồi!');
    expect(screen.getByText('Mã OTP chỉ dành cho bạn.')).toBeTruthy();
    // The choice is fixed once checked.
    expect((screen.getByLabelText('Không bao giờ') as HTMLInputElement).disabled).toBe(true);
    press(/Câu tiếp theo/);
    expect(screen.getByText('Câu 2/4')).toBeTruthy();
  });

  it('says not right and explains both the chosen answer and the right one', () => {
    render(<Quiz questions={questions} onFinish={() => {}} />);
    choose(/xưng là công an/);
    press('Kiểm tra');
    expect(screen.getByRole('status').textContent).toContain('Chưa đúng');
    expect(screen.getByText('Công an không bao giờ hỏi mã OTP.')).toBeTruthy();
    expect(screen.getByText('Mã OTP chỉ dành cho bạn.')).toBeTruthy();
  });

  it('hands every answer over at the end', () => {
    const onFinish = vi.fn();
    render(<Quiz questions={questions} onFinish={onFinish} />);
    choose('Không bao giờ');
    press('Kiểm tra');
    press(/Câu tiếp theo/);
    choose('dichvucong.gov.vn');
    choose('chinhphu.vn');
    press('Kiểm tra');
    expect(screen.getByText('Cổng thông tin Chính phủ.')).toBeTruthy();
    press(/Câu tiếp theo/);
    choose('Sai');
    press('Kiểm tra');
    expect(screen.getByText('Ngân hàng không bao giờ xin mật khẩu.')).toBeTruthy();
    press(/Câu tiếp theo/);
    // Put "Mở Cài đặt" first by moving it up as often as needed, then check the order.
    for (let i = 0; i < 3; i += 1) {
      const up = screen.getByRole('button', { name: 'Chuyển lên: Mở Cài đặt' });
      if (up.hasAttribute('disabled')) break;
      press('Chuyển lên: Mở Cài đặt');
    }
    press('Kiểm tra');
    expect(screen.getByText('Thứ tự đúng:')).toBeTruthy();
    expect(screen.getByText('Luôn mở Cài đặt trước.')).toBeTruthy();
    press(/Xem kết quả/);
    expect(onFinish).toHaveBeenCalledTimes(1);
    const answers = onFinish.mock.calls[0]![0];
    expect(answers).toMatchObject({ q1: 1, q2: [0, 2], q3: false });
    expect(answers.q4[0]).toBe(0);
  });
});
