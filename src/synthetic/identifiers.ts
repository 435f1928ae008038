/** Hands out resident numbers (宛名番号, '1' + 9 digits) and household numbers ('2' + 9 digits) in order. */
export class RegisterNumbers {
  private residents = 0;
  private households = 0;

  nextResidentNumber(): string {
    return '1' + String(++this.residents).padStart(9, '0');
  }

  nextHouseholdNumber(): string {
    return '2' + String(++this.households).padStart(9, '0');
  }
}
