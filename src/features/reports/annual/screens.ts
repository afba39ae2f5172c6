/** The annual report, loaded as its own chunk when first opened (route /reports/annual). */
import '../document/document.css';
import './annual.css';

export { AnnualReportScreen } from './AnnualReportScreen';
