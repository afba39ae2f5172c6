import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentPath, matchRoute } from '../../src/app/router';
import { loadModule } from '../../src/content/load';
import { db } from '../../src/db/db';
import { chooseProfile, currentProfile } from '../../src/db/profiles';
import { LearnArea } from '../../src/features/learn/LearnArea';
import { answerQuiz, press, twoProfiles } from './learn-fixtures';
import { resetDb } from './reset-db';

beforeEach(resetDb);

const show = (path: string) => {
  cleanup();
  currentPath.setState({ path });
  return render(<LearnArea route={matchRoute(path)} />);
};

describe('learning on a shared phone', () => {
  it('routes the learner area', () => {
    expect(matchRoute('/learn')).toEqual({ name: 'learn' });
    expect(matchRoute('/learn/m/M04/l2/quiz')).toEqual({
      name: 'learnQuiz',
      code: 'M04',
      lessonId: 'l2',
    });
    expect(matchRoute('/learn/m/M04/certificate')).toEqual({
      name: 'learnCertificate',
      code: 'M04',
    });
    expect(matchRoute('/learn/x')).toEqual({ name: 'notFound' });
  });

  it('fails below the pass mark, lets the learner retry, and passes at 80 %', async () => {
    const { lan } = await twoProfiles();
    await chooseProfile(lan);
    const { text } = await loadModule('M01', 'vi');
    const quiz = text.lessons[0]!.quiz;
    show('/learn/m/M01/l1/quiz');
    await answerQuiz(quiz, false);
    expect(await screen.findByText(/Chưa đạt/)).toBeTruthy();
    expect(screen.getByText(`Bạn trả lời đúng 0/${quiz.length} câu.`)).toBeTruthy();
    press(/Làm lại/);
    await answerQuiz(quiz, true);
    expect(await screen.findByText(/Đạt! Bạn đã nắm được bài này/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Bài tiếp theo/ })).toBeTruthy();
    // Every try is kept (append-only) and queued for the commune.
    const attempts = await db.attempts.toArray();
    expect(attempts.map((a) => a.passed)).toEqual([false, true]);
    expect(await db.outbox.filter((e) => e.name === 'attempt.add').count()).toBe(2);
  });

  it('keeps progress per learner and asks a learner with a PIN for it', async () => {
    const { lan } = await twoProfiles();
    await chooseProfile(lan);
    const { text } = await loadModule('M01', 'vi');
    show('/learn/m/M01/l1/quiz');
    await answerQuiz(text.lessons[0]!.quiz, true);
    await screen.findByText(/Đạt!/);
    show('/learn');
    expect(await screen.findByText('Đạt 1/4 bài · khoảng 25 phút')).toBeTruthy();

    show('/learn/profiles');
    fireEvent.click(await screen.findByRole('button', { name: /Anh Minh/ }));
    const pin = (await screen.findByLabelText('Nhập mã PIN 4 số của bạn')) as HTMLInputElement;
    fireEvent.input(pin, { target: { value: '1111' } });
    press('Vào học');
    expect(await screen.findByText('Mã PIN chưa đúng. Hãy thử lại.')).toBeTruthy();
    expect((await currentProfile())?.displayName).toBe('Bà Lan');
    fireEvent.input(pin, { target: { value: '2468' } });
    press('Vào học');
    await waitFor(async () => expect((await currentProfile())?.displayName).toBe('Anh Minh'));
    show('/learn');
    expect((await screen.findAllByText(/^Đạt 0\/4 bài/)).length).toBeGreaterThan(0);
    expect(screen.queryByText(/^Đạt 1\/4 bài/)).toBeNull();
  });
});
