namespace Satisfaction.Reports;
