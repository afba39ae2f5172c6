import { withReportStrings } from '../features/reports/strings';
import { Lazy } from './Lazy';
import type { Route } from './router';

const sessions = () => import('../features/sessions/screens');
const attendance = () => import('../features/attendance/AttendanceScreen');
const residents = () => import('../features/residents/screens');
const feedback = () => import('../features/feedback/FeedbackScreens');
const more = () => import('../features/more/MoreScreen');
const admin = () => import('../features/admin/screens');
const attention = () => import('../features/attention/screens');
const reports = withReportStrings(() => import('../features/reports/screens'));
const annualReport = withReportStrings(() => import('../features/reports/annual/screens'));
const commendation = withReportStrings(() => import('../features/reports/commendation/screens'));

/** The screen for a route, its feature's code loaded when first needed. */
export function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'sessions':
      return <Lazy id="sessions" load={sessions} render={(m) => <m.SessionsScreen />} />;
    case 'sessionNew':
      return <Lazy id="sessions" load={sessions} render={(m) => <m.SessionFormScreen />} />;
    case 'session':
      return (
        <Lazy id="sessions" load={sessions} render={(m) => <m.SessionDetail id={route.id} />} />
      );
    case 'sessionEdit':
      return (
        <Lazy id="sessions" load={sessions} render={(m) => <m.SessionFormScreen id={route.id} />} />
      );
    case 'attendance':
      return (
        <Lazy
          id="attendance"
          load={attendance}
          render={(m) => <m.AttendanceScreen id={route.id} />}
        />
      );
    case 'feedbackNew':
    case 'residentMode':
      return (
        <Lazy
          id="feedback"
          load={feedback}
          render={(m) => (
            <m.FeedbackEntry
              sessionId={route.sessionId}
              residentMode={route.name === 'residentMode'}
            />
          )}
        />
      );
    case 'feedback':
      return <Lazy id="feedback" load={feedback} render={(m) => <m.FeedbackListScreen />} />;
    case 'roster':
      return <Lazy id="residents" load={residents} render={(m) => <m.RosterScreen />} />;
    case 'residentNew':
      return <Lazy id="residents" load={residents} render={(m) => <m.NewResidentScreen />} />;
    case 'resident':
      return (
        <Lazy id="residents" load={residents} render={(m) => <m.ResidentScreen id={route.id} />} />
      );
    case 'more':
      return <Lazy id="more" load={more} render={(m) => <m.MoreScreen />} />;
    case 'attention':
      return <Lazy id="attention" load={attention} render={(m) => <m.AttentionScreen />} />;
    case 'adminVolunteers':
      return <Lazy id="admin" load={admin} render={(m) => <m.VolunteersScreen />} />;
    case 'adminVolunteerNew':
      return <Lazy id="admin" load={admin} render={(m) => <m.NewVolunteerScreen />} />;
    case 'adminAudit':
      return <Lazy id="admin" load={admin} render={(m) => <m.AuditScreen />} />;
    case 'adminResidents':
      return <Lazy id="admin" load={admin} render={(m) => <m.ResidentsRightsScreen />} />;
    case 'reports':
      return <Lazy id="reports" load={reports} render={(m) => <m.DashboardScreen />} />;
    case 'reportsAnnual':
      return (
        <Lazy id="annualReport" load={annualReport} render={(m) => <m.AnnualReportScreen />} />
      );
    case 'commendation':
      return (
        <Lazy id="commendation" load={commendation} render={(m) => <m.CommendationScreen />} />
      );
    case 'dossier':
      return (
        <Lazy
          id="commendation"
          load={commendation}
          render={(m) => <m.DossierScreen kind={route.kind} id={route.id} />}
        />
      );
    case 'notFound':
      return null;
  }
}
